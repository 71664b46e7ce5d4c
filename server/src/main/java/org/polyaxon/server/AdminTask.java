package org.polyaxon.server;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.polyaxon.server.config.ConfigException;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.store.postgres.DatabasePool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one admin operation on the configured database and turns failures into exit codes. */
final class AdminTask {
  private static final Logger LOG = LoggerFactory.getLogger(AdminTask.class);

  /** The operation itself. */
  interface Body {
    void run(DataSource dataSource, PlatformConfig config, Clock clock);
  }

  private AdminTask() {}

  static int run(String name, DatabaseOptions options, Body body) {
    PolyaxonHome home = PolyaxonHome.resolve(System.getenv(), System.getProperty("user.home"));
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      PlatformConfig config = ConfigFiles.load(options.configFile, home, System.getenv());
      Clock clock = Clock.systemUTC();
      DatabasePool pool =
          DatabaseConnector.connect(
              home,
              config,
              started,
              Duration.ofSeconds(
                  options.waitSeconds != null
                      ? options.waitSeconds
                      : config.get(Options.DATABASE_WAIT_TIMEOUT)));
      body.run(pool.dataSource(), config, clock);
      return 0;
    } catch (ConfigException e) {
      System.err.println("polyaxon admin " + name + ": the configuration has problems:");
      e.problems().forEach(problem -> System.err.println("  " + problem));
      return 1;
    } catch (RuntimeException e) {
      LOG.debug("admin {} failed", name, e);
      System.err.println("polyaxon admin " + name + ": " + e.getMessage());
      return 1;
    } finally {
      while (!started.isEmpty()) {
        try {
          started.pop().close();
        } catch (Exception e) {
          LOG.warn("Error while closing after admin {}", name, e);
        }
      }
    }
  }
}
