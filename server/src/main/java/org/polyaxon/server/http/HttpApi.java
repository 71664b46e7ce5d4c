package org.polyaxon.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.project.Projects;
import org.polyaxon.core.run.RunStore;

/** Builds the HTTP application: every route of the platform is registered here. */
public final class HttpApi {
  private HttpApi() {}

  /**
   * What the routes need.
   *
   * @param dataSource for the health check
   * @param users accounts and tokens
   * @param projects projects and their permissions
   * @param runs runs of every kind
   * @param metrics metrics of runs
   * @param allowedHosts the {@code allowedHosts} option
   * @param zone the time zone timestamps are rendered in
   */
  public record Dependencies(
      DataSource dataSource,
      Users users,
      Projects projects,
      RunStore runs,
      Metrics metrics,
      List<String> allowedHosts,
      ZoneId zone) {}

  public static Javalin create(Dependencies deps) {
    ObjectMapper mapper = JsonMapping.mapper();
    RequestBodies bodies = new RequestBodies(mapper);
    HealthResource health = new HealthResource(deps.dataSource());
    HostFilter hosts = new HostFilter(deps.allowedHosts());
    Authenticator authenticator = new Authenticator(deps.users());
    UserResource userResource = new UserResource(deps.users(), bodies, deps.zone());
    ProjectResource projectResource = new ProjectResource(deps.projects(), bodies, deps.zone());
    RunLookup runLookup = new RunLookup(deps.projects(), deps.runs());
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.router.ignoreTrailingSlashes = true;
          Problems.register(config);
          config.routes.before(hosts::check);
          config.routes.before(
              "/api/v1/*",
              ctx -> {
                if (!UserResource.isPublic(ctx)) {
                  authenticator.require(ctx);
                }
              });
          config.routes.get("/_health", health::get);
          userResource.register(config.routes);
          projectResource.register(config.routes);
          new MetricResource(runLookup, deps.metrics(), deps.zone()).register(config.routes);
        });
  }
}
