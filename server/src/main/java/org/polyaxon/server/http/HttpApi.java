package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.polyaxon.core.activity.ActivityLog;
import org.polyaxon.core.activity.ActivityStore;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.auth.RunTokens;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.code.CodeReferenceStore;
import org.polyaxon.core.code.ProjectCode;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.project.Projects;
import org.polyaxon.core.run.HeartbeatStore;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunCloner;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.core.run.Runs;
import org.polyaxon.server.admin.AdminView;
import org.polyaxon.server.logs.LiveLogs;
import org.polyaxon.server.scheduler.LocalLaunchPlanner;

/** Builds the HTTP application: every route of the platform is registered here. */
public final class HttpApi {
  private HttpApi() {}

  /**
   * What the routes need.
   *
   * @param dataSource for the health check
   * @param users accounts and tokens
   * @param runTokens the tokens runs' processes authenticate with
   * @param heartbeats where runs' heartbeats are recorded
   * @param projects projects and their permissions
   * @param runStore runs of every kind
   * @param metrics metrics of runs
   * @param artifacts code, outputs and logs
   * @param codeReferences the code versions runs are created with
   * @param code projects' code versions
   * @param uploads how big uploads may be and where they are spooled
   * @param allowedHosts the {@code allowedHosts} option
   * @param hostName the {@code hostName} option: the public address links are made with, or null
   * @param zone the time zone timestamps are rendered in
   * @param clock the platform's time
   * @param identity what {@code /_status} reports this process to be
   * @param activity the activity log
   * @param admin the admin view at {@code /_admin}
   */
  public record Dependencies(
      DataSource dataSource,
      Users users,
      RunTokens runTokens,
      HeartbeatStore heartbeats,
      Projects projects,
      RunStore runStore,
      Metrics metrics,
      ArtifactStore artifacts,
      CodeReferenceStore codeReferences,
      ProjectCode code,
      Uploads uploads,
      List<String> allowedHosts,
      String hostName,
      ZoneId zone,
      Clock clock,
      Map<String, Object> identity,
      ActivityStore activity,
      AdminView.Setup admin) {}

  /**
   * Limits of request bodies that carry files.
   *
   * @param maxBytes the largest file accepted; bigger ones are refused with 413
   * @param spoolDirectory where multipart parts too big for memory are written while received
   */
  public record Uploads(long maxBytes, Path spoolDirectory) {}

  public static Javalin create(Dependencies deps) {
    ObjectMapper mapper = JsonMapping.mapper();
    ActivityLog activityLog = new ActivityLog(deps.activity(), deps.clock());
    RequestBodies bodies = new RequestBodies(mapper);
    HealthResource health = new HealthResource(deps.dataSource());
    MonitoringResource monitoring = new MonitoringResource(health, deps.identity());
    HostFilter hosts = new HostFilter(deps.allowedHosts());
    Authenticator authenticator = new Authenticator(deps.users(), deps.runTokens());
    UserResource userResource = new UserResource(deps.users(), bodies, deps.zone());
    ProjectResource projectResource = new ProjectResource(deps.projects(), bodies, deps.zone());
    RunLookup lookup = new RunLookup(deps.projects(), deps.runStore());
    Runs runs = new Runs(deps.runStore(), deps.codeReferences(), deps.clock());
    RunCloner cloner = new RunCloner(deps.runStore(), deps.codeReferences(), deps.clock());
    RunViews runViews = new RunViews(mapper, deps.zone());
    List<RunResource> runResources =
        List.of(RunKind.EXPERIMENT, RunKind.JOB).stream()
            .map(kind -> new RunResource(kind, runs, cloner, lookup, bodies, runViews, deps.zone()))
            .toList();
    RepoResource repoResource =
        new RepoResource(deps.code(), lookup, deps.uploads().maxBytes(), deps.zone());
    OutputsResource outputsResource = new OutputsResource(deps.artifacts(), lookup);
    LogsResource logsResource = new LogsResource(deps.artifacts(), lookup);
    LiveLogs liveLogs =
        new LiveLogs(
            deps.artifacts(),
            LocalLaunchPlanner.LOG_FILE,
            runId -> deps.runStore().findById(runId).map(Run::status),
            LiveLogs.Timing.DEFAULT,
            monitoring.registry());
    RunTrackingResource tracking =
        new RunTrackingResource(
            runs, deps.heartbeats(), deps.artifacts(), lookup, bodies, deps.zone(), deps.clock());
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jsonMapper(new JavalinJackson(mapper, false));
          MultipartBodies.configure(config, deps.uploads());
          config.router.ignoreTrailingSlashes = true;
          Problems.register(config);
          config.routes.before(hosts::check);
          config.routes.before(new PublicAddress(deps.hostName())::remember);
          config.routes.wsBeforeUpgrade(hosts::check);
          config.routes.before(
              "/api/v1/*",
              ctx -> {
                if (!UserResource.isPublic(ctx) && !VersionResource.isPublic(ctx)) {
                  authenticator.require(ctx);
                }
              });
          monitoring.register(config.routes);
          config.routes.get("/_health", health::get);
          userResource.register(config.routes);
          new ExperimentBatchResource(runs, lookup, bodies).register(config.routes);
          runResources.forEach(resource -> resource.register(config.routes));
          repoResource.register(config.routes);
          outputsResource.register(config.routes);
          logsResource.register(config.routes);
          new VersionResource().register(config.routes);
          tracking.register(config.routes);
          new RunStatusResource(runs, lookup, deps.zone()).register(config.routes);
          new CodeRefResource(deps.codeReferences(), runs, lookup, bodies, deps.zone())
              .register(config.routes);
          config.events.serverStopped(liveLogs::close);
          new LiveLogsResource(liveLogs, authenticator, lookup).register(config.routes);
          new ActivityResource(deps.activity(), activityLog, deps.projects(), deps.zone())
              .register(config.routes);
          // Last: its /{user} and /{user}/{project} patterns would shadow fixed paths.
          projectResource.register(config.routes);
          new MetricResource(lookup, deps.metrics(), deps.zone()).register(config.routes);
          AdminView.register(
              config.routes,
              deps.admin(),
              deps.users(),
              deps.projects(),
              deps.runStore(),
              runs,
              deps.zone(),
              deps.clock(),
              activityLog);
        });
  }
}
