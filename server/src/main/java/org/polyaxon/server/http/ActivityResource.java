package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polyaxon.core.Page;
import org.polyaxon.core.activity.Activity;
import org.polyaxon.core.activity.ActivityLog;
import org.polyaxon.core.activity.ActivityStore;
import org.polyaxon.core.activity.ActivityStore.NewActivity;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.Projects;

/**
 * The activity feeds of reference 3.2 ({@code /activitylogs}, {@code /activitylogs/{u}/{p}}): every
 * change a user makes through the API, recorded after it is answered.
 *
 * <p>Recording happens in an after-handler rather than in each operation's transaction, so an entry
 * can be missing if the server dies between the answer and the insert; the feed is a history for
 * people, not the state of anything.
 */
final class ActivityResource {
  private static final Set<HandlerType> CHANGES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  /** Routes whose calls are traffic from runs or logins, not changes worth a feed entry. */
  private static final List<String> NOT_ACTIVITY =
      List.of("/users/token", "/metrics", "/_heartbeat", "/logs", "/statuses");

  private final ActivityStore store;
  private final Projects projects;
  private final ZoneId zone;
  private final ActivityLog log;

  ActivityResource(ActivityStore store, ActivityLog log, Projects projects, ZoneId zone) {
    this.store = store;
    this.log = log;
    this.projects = projects;
    this.zone = zone;
  }

  record ActivityView(
      long id,
      String actor,
      String event,
      String path,
      String project,
      int status,
      ZonedDateTime createdAt) {}

  void register(RoutesConfig routes) {
    routes.get("/api/v1/activitylogs", this::all);
    routes.get("/api/v1/activitylogs/{user}/{project}", this::ofProject);
    routes.after("/api/v1/*", this::record);
  }

  private void all(Context ctx) {
    if (!Authenticator.user(ctx).superuser()) {
      throw new ForbiddenException("Only a superuser may read the whole activity log.");
    }
    Pagination pagination = Pagination.of(ctx);
    answer(ctx, pagination, store.list(pagination.limit(), pagination.offset()));
  }

  private void ofProject(Context ctx) {
    Project project =
        projects.get(Authenticator.user(ctx), ctx.pathParam("user"), ctx.pathParam("project"));
    Pagination pagination = Pagination.of(ctx);
    answer(
        ctx,
        pagination,
        store.listOfProject(project.uniqueName(), pagination.limit(), pagination.offset()));
  }

  private void answer(Context ctx, Pagination pagination, Page<Activity> page) {
    ctx.json(
        pagination.view(
            ctx,
            page.items().stream()
                .map(
                    a ->
                        new ActivityView(
                            a.id(),
                            a.actor(),
                            a.method() + " " + a.route(),
                            a.path(),
                            a.project(),
                            a.status(),
                            a.createdAt().atZone(zone)))
                .toList(),
            page.count()));
  }

  private void record(Context ctx) {
    int status = ctx.status().getCode();
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    User actor = Authenticator.userIfAny(ctx);
    if (!CHANGES.contains(ctx.method())
        || status >= 300
        || endpoint == null
        || actor == null
        || NOT_ACTIVITY.stream().anyMatch(endpoint.path::endsWith)) {
      return;
    }
    Map<String, String> params = ctx.pathParamMap();
    String project =
        params.containsKey("user") && params.containsKey("project")
            ? params.get("user") + "." + params.get("project")
            : null;
    log.record(
        new NewActivity(
            actor.id(), ctx.method().name(), endpoint.path, ctx.path(), project, status));
  }
}
