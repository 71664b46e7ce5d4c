package org.polyaxon.server;

import io.javalin.Javalin;
import java.net.BindException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.polyaxon.cli.Version;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.server.http.HttpApi;
import org.polyaxon.store.postgres.DatabaseMigrator;
import org.polyaxon.store.postgres.DatabasePool;
import org.polyaxon.store.postgres.EmbeddedDatabase;
import org.polyaxon.store.postgres.Installation;
import org.polyaxon.store.postgres.InstallationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running platform: the home lock, the database, the HTTP server. Started in dependency order and
 * closed in reverse, also when start-up fails half-way.
 */
public final class Platform implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
  private static final int POOL_SIZE = 10;

  private final Deque<AutoCloseable> started;
  private final Javalin http;
  private final Installation installation;

  private Platform(Deque<AutoCloseable> started, Javalin http, Installation installation) {
    this.started = started;
    this.http = http;
    this.installation = installation;
  }

  public static Platform start(ServerSettings settings, Clock clock) {
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      started.push(HomeLock.acquire(settings.home()));
      DatabasePool pool = connectDatabase(settings, started);
      DatabaseMigrator.migrate(pool.dataSource());
      Installation installation =
          new InstallationStore(pool.dataSource(), clock).ensure(Version.current());
      LOG.info(
          "Installation {}, created {} with version {}",
          installation.id(),
          installation.createdAt(),
          installation.createdWithVersion());
      Javalin http = HttpApi.create(pool.dataSource());
      startHttp(http, settings);
      started.push(http::stop);
      return new Platform(started, http, installation);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  /** The configured PostgreSQL, or the embedded one when {@code database.host} is empty. */
  private static DatabasePool connectDatabase(
      ServerSettings settings, Deque<AutoCloseable> started) {
    PlatformConfig config = settings.config();
    String host = config.get(Options.DATABASE_HOST);
    if (host == null || host.isBlank()) {
      EmbeddedDatabase database = EmbeddedDatabase.start(settings.home().database());
      started.push(database);
      DatabasePool pool = new DatabasePool(database.jdbcUrl(), database.username(), "", POOL_SIZE);
      started.push(pool);
      return pool;
    }
    String address =
        host + ":" + config.get(Options.DATABASE_PORT) + "/" + config.get(Options.DATABASE_NAME);
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
      throw new StartupException(
          "Cannot connect to PostgreSQL at "
              + address
              + " as "
              + config.get(Options.DATABASE_USER)
              + ": "
              + rootMessage(e)
              + ". Check database.* in the configuration.");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  private static void startHttp(Javalin http, ServerSettings settings) {
    try {
      http.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      if (hasCause(e, BindException.class)) {
        throw new StartupException(
            "Port "
                + settings.port()
                + " on "
                + settings.host()
                + " is already in use; pass --port to choose another.");
      }
      throw e;
    }
  }

  public int port() {
    return http.port();
  }

  public Installation installation() {
    return installation;
  }

  @Override
  public void close() {
    closeAll(started);
  }

  private static void closeAll(Deque<AutoCloseable> started) {
    while (!started.isEmpty()) {
      AutoCloseable resource = started.pop();
      try {
        resource.close();
      } catch (Exception e) {
        // Keep closing the rest: a stuck HTTP server must not leave PostgreSQL running.
        LOG.error("Error while shutting down {}", resource, e);
      }
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
