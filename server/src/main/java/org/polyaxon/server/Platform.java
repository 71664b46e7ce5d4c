package org.polyaxon.server;

import io.javalin.Javalin;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.artifacts.LocalArtifactRoots;
import org.polyaxon.artifacts.LocalArtifactStore;
import org.polyaxon.cli.Version;
import org.polyaxon.core.auth.RunTokens;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.auth.Users.RootUser;
import org.polyaxon.core.code.ProjectCode;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.project.Projects;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.scheduler.HeartbeatPolicy;
import org.polyaxon.core.scheduler.Reconciler;
import org.polyaxon.executor.local.LocalExecutor;
import org.polyaxon.server.admin.AdminView;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.server.http.HttpApi;
import org.polyaxon.server.scheduler.LocalLaunchPlanner;
import org.polyaxon.server.scheduler.SchedulerLoop;
import org.polyaxon.store.postgres.DatabaseMigrator;
import org.polyaxon.store.postgres.DatabasePool;
import org.polyaxon.store.postgres.Installation;
import org.polyaxon.store.postgres.InstallationStore;
import org.polyaxon.store.postgres.PostgresActivityStore;
import org.polyaxon.store.postgres.PostgresAdminSessionStore;
import org.polyaxon.store.postgres.PostgresCodeReferenceStore;
import org.polyaxon.store.postgres.PostgresHeartbeatStore;
import org.polyaxon.store.postgres.PostgresMetricStore;
import org.polyaxon.store.postgres.PostgresProjectStore;
import org.polyaxon.store.postgres.PostgresRunCatalog;
import org.polyaxon.store.postgres.PostgresRunStore;
import org.polyaxon.store.postgres.PostgresRunTokenStore;
import org.polyaxon.store.postgres.PostgresTaskQueue;
import org.polyaxon.store.postgres.PostgresUserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running platform: the home lock, the database, the HTTP server. Started in dependency order and
 * closed in reverse, also when start-up fails half-way.
 */
public final class Platform implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  /**
   * Local processes have no watch to push their exit, so the scheduler looks every second; a queued
   * task (a new run) wakes it at once.
   */
  private static final Duration LOCAL_POLL_INTERVAL = Duration.ofSeconds(1);

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
      Jdbi jdbi = Jdbi.create(pool.dataSource());
      PostgresProjectStore projectStore = new PostgresProjectStore(jdbi);
      PostgresRunStore runStore = new PostgresRunStore(jdbi);
      RootUser root =
          users.ensureRoot(
              config.get(Options.USER_USERNAME),
              config.get(Options.USER_EMAIL),
              config.get(Options.USER_PASSWORD));
      Projects projects = new Projects(projectStore, clock);
      LocalArtifactRoots roots = ArtifactStoreFactory.roots(settings.home(), config);
      LocalArtifactStore artifacts = ArtifactStoreFactory.create(roots, config);
      PostgresCodeReferenceStore codeReferences = new PostgresCodeReferenceStore(jdbi);
      RunTokens runTokens = new RunTokens(new PostgresRunTokenStore(jdbi), clock);
      Javalin http =
          HttpApi.create(
              new HttpApi.Dependencies(
                  pool.dataSource(),
                  users,
                  runTokens,
                  new PostgresHeartbeatStore(jdbi),
                  projects,
                  runStore,
                  new Metrics(new PostgresMetricStore(jdbi), clock),
                  artifacts,
                  codeReferences,
                  new ProjectCode(projects, codeReferences, artifacts, clock),
                  new HttpApi.Uploads(ArtifactStoreFactory.maxUploadBytes(config), roots.upload()),
                  config.get(Options.ALLOWED_HOSTS),
                  config.get(Options.HOST_NAME),
                  config.get(Options.TIME_ZONE_OPTION),
                  clock,
                  Map.of(
                      "installation", installation.id().toString(),
                      "role", settings.role().name().toLowerCase(Locale.ROOT),
                      "executor", config.get(Options.EXECUTOR)),
                  new PostgresActivityStore(jdbi),
                  new AdminView.Setup(
                      config.get(Options.ADMIN_VIEW_ENABLED),
                      new PostgresAdminSessionStore(jdbi),
                      new PostgresRunCatalog(jdbi))));
      startHttp(http, settings);
      started.push(http::stop);
      if (settings.role() != ServerRole.API && !"local".equals(config.get(Options.EXECUTOR))) {
        // The chart's scheduler: serve /_health so the release installs, and say why runs wait.
        LOG.warn(
            "executor: {} runs are not executed by this version (the Kubernetes executor is not"
                + " built yet); runs stay created until it is",
            config.get(Options.EXECUTOR));
      } else if (settings.role() != ServerRole.API) {
        started.push(
            startScheduler(
                settings,
                pool,
                new PostgresTaskQueue(jdbi),
                runStore,
                codeReferences,
                new LocalLaunchPlanner(
                    projectStore,
                    artifacts,
                    codeReferences,
                    runStore,
                    new PostgresUserStore(jdbi)::findByUsername,
                    runTokens,
                    settings.home().root(),
                    new LocalLaunchPlanner.Settings(
                        "http://" + apiHost(settings) + ":" + http.port(),
                        config.get(Options.PERSISTENCE_DATA),
                        config.get(Options.LOG_LEVEL))),
                Duration.ofSeconds(config.get(Options.TTL_HEARTBEAT)),
                clock));
      }
      return new Platform(started, http, installation, users, root);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  /** The reconciler on the local executor: queued tasks as they come, a full pass every second. */
  private static SchedulerLoop startScheduler(
      ServerSettings settings,
      DatabasePool pool,
      PostgresTaskQueue tasks,
      PostgresRunStore runStore,
      PostgresCodeReferenceStore codeReferences,
      LocalLaunchPlanner planner,
      Duration heartbeatTtl,
      Clock clock) {
    LocalExecutor executor = new LocalExecutor(settings.home().root().resolve("runs"), clock);
    Reconciler reconciler =
        new Reconciler(
            runStore,
            new Runs(runStore, codeReferences, clock),
            executor,
            planner,
            STOP_GRACE,
            new HeartbeatPolicy(heartbeatTtl, clock));
    return new SchedulerLoop(
            reconciler, tasks, pool.listenForTasks(), LOCAL_POLL_INTERVAL, executor)
        .start();
  }

  /** The address runs call the API at: the server's own, loopback when it listens everywhere. */
  private static String apiHost(ServerSettings settings) {
    return settings.host().equals("0.0.0.0") ? "127.0.0.1" : settings.host();
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
