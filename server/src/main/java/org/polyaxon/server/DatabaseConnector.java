package org.polyaxon.server;

import java.time.Duration;
import java.util.Deque;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.store.postgres.DatabasePool;
import org.polyaxon.store.postgres.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects to the configured PostgreSQL, or starts the embedded one when none is configured. */
final class DatabaseConnector {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseConnector.class);
  private static final int POOL_SIZE = 10;
  private static final Duration RETRY_DELAY = Duration.ofSeconds(2);

  private DatabaseConnector() {}

  /**
   * Opens the pool, pushing what it started onto {@code started} for the caller to close. An
   * external database is retried for up to {@code wait}: in a fresh cluster it may still be
   * starting when a migration hook runs.
   */
  static DatabasePool connect(
      PolyaxonHome home, PlatformConfig config, Deque<AutoCloseable> started, Duration wait) {
    String host = config.get(Options.DATABASE_HOST);
    if (host == null || host.isBlank()) {
      EmbeddedDatabase database = EmbeddedDatabase.start(home.database());
      started.push(database);
      DatabasePool pool = new DatabasePool(database.jdbcUrl(), database.username(), "", POOL_SIZE);
      started.push(pool);
      return pool;
    }
    String address =
        host + ":" + config.get(Options.DATABASE_PORT) + "/" + config.get(Options.DATABASE_NAME);
    // Elapsed time, not the platform clock: tests freeze that one, and a wait must still end.
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      try {
        DatabasePool pool =
            new DatabasePool(
                "jdbc:postgresql://" + address,
                config.get(Options.DATABASE_USER),
                config.get(Options.DATABASE_PASSWORD),
                POOL_SIZE);
        started.push(pool);
        LOG.info("Using PostgreSQL at {}", address);
        return pool;
      } catch (RuntimeException e) {
        if (System.nanoTime() - deadline >= 0) {
          throw new StartupException(
              "Cannot connect to PostgreSQL at "
                  + address
                  + " as "
                  + config.get(Options.DATABASE_USER)
                  + ": "
                  + rootMessage(e)
                  + ". Check database.* in the configuration.");
        }
        LOG.info("PostgreSQL at {} is not reachable yet ({}); retrying", address, rootMessage(e));
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_DELAY.toMillis()); // a back-off between connection attempts
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("Interrupted while waiting for PostgreSQL");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
