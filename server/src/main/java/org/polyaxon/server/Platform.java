package org.polyaxon.server;

import io.javalin.Javalin;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.cli.Version;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.auth.Users.RootUser;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.project.Projects;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.server.http.HttpApi;
import org.polyaxon.store.postgres.DatabaseMigrator;
import org.polyaxon.store.postgres.DatabasePool;
import org.polyaxon.store.postgres.Installation;
import org.polyaxon.store.postgres.InstallationStore;
import org.polyaxon.store.postgres.PostgresMetricStore;
import org.polyaxon.store.postgres.PostgresProjectStore;
import org.polyaxon.store.postgres.PostgresRunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running platform: the home lock, the database, the HTTP server. Started in dependency order and
 * closed in reverse, also when start-up fails half-way.
 */
public final class Platform implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

  private final Deque<AutoCloseable> started;
  private final Javalin http;
  private final Installation installation;
  private final Users users;
  private final RootUser root;

  private Platform(
      Deque<AutoCloseable> started,
      Javalin http,
      Installation installation,
      Users users,
      RootUser root) {
    this.started = started;
    this.http = http;
    this.installation = installation;
    this.users = users;
    this.root = root;
  }

  public static Platform start(ServerSettings settings, Clock clock) {
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      started.push(HomeLock.acquire(settings.home()));
      PlatformConfig config = settings.config();
      DatabasePool pool =
          DatabaseConnector.connect(settings.home(), config, started, Duration.ZERO);
      DatabaseMigrator.migrate(pool.dataSource());
      Installation installation =
          new InstallationStore(pool.dataSource(), clock).ensure(Version.current());
      LOG.info(
          "Installation {}, created {} with version {}",
          installation.id(),
          installation.createdAt(),
          installation.createdWithVersion());
      Users users = UsersFactory.create(pool.dataSource(), config, clock);
      RootUser root =
          users.ensureRoot(
              config.get(Options.USER_USERNAME),
              config.get(Options.USER_EMAIL),
              config.get(Options.USER_PASSWORD));
      Javalin http =
          HttpApi.create(
              new HttpApi.Dependencies(
                  pool.dataSource(),
                  users,
                  new Projects(new PostgresProjectStore(Jdbi.create(pool.dataSource())), clock),
                  new PostgresRunStore(Jdbi.create(pool.dataSource())),
                  new Metrics(new PostgresMetricStore(Jdbi.create(pool.dataSource())), clock),
                  config.get(Options.ALLOWED_HOSTS),
                  config.get(Options.TIME_ZONE_OPTION)));
      startHttp(http, settings);
      started.push(http::stop);
      return new Platform(started, http, installation, users, root);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
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

  /** The root user, and its password when this start generated one (shown once, never stored). */
  public RootUser root() {
    return root;
  }

  /** Gives the root user a new random password and returns it. */
  public String resetRootPassword() {
    return users.resetPassword(root.user().username());
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
