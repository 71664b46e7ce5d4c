package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.polyaxon.core.Page;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.core.project.ProjectStore.ProjectChanges;
import org.polyaxon.core.project.Projects;

/** Project routes of reference 3.2: create, list, get, update, delete, archive, restore. */
final class ProjectResource {
  private final Projects projects;
  private final RequestBodies bodies;
  private final ZoneId zone;

  ProjectResource(Projects projects, RequestBodies bodies, ZoneId zone) {
    this.projects = projects;
    this.bodies = bodies;
    this.zone = zone;
  }

  /** Registered after every fixed path: {@code /{user}} would otherwise shadow them. */
  void register(RoutesConfig routes) {
    routes.post("/api/v1/projects", this::create);
    routes.get("/api/v1/{user}", this::list);
    routes.get("/api/v1/{user}/{project}", this::get);
    routes.patch("/api/v1/{user}/{project}", this::update);
    routes.delete("/api/v1/{user}/{project}", this::delete);
    routes.post("/api/v1/{user}/{project}/archive", ctx -> archive(ctx, true));
    routes.post("/api/v1/{user}/{project}/restore", ctx -> archive(ctx, false));
  }

  record CreateRequest(String name, String description, List<String> tags, Boolean isPublic) {}

  record UpdateRequest(String name, String description, List<String> tags, Boolean isPublic) {}

  /**
   * A project as 0.4 shows it (reference 3.2), plus {@code archived}. The counts are of live runs;
   * there are no groups, builds, tensorboards, notebooks or bookmarks yet, so those answer 0 and
   * false, as 0.4 did for a project without them.
   */
  record ProjectView(
      long id,
      String uuid,
      String name,
      String user,
      String owner,
      String uniqueName,
      String description,
      List<String> tags,
      boolean isPublic,
      boolean hasCode,
      boolean archived,
      ZonedDateTime createdAt,
      ZonedDateTime updatedAt,
      long numExperiments,
      long numIndependentExperiments,
      long numExperimentGroups,
      long numJobs,
      long numBuilds,
      boolean hasTensorboard,
      boolean hasNotebook,
      boolean bookmarked) {}

  private void create(Context ctx) {
    CreateRequest request = bodies.read(ctx, CreateRequest.class);
    Project project =
        projects.create(
            Authenticator.user(ctx),
            new NewProject(
                request.name(),
                request.description(),
                request.tags(),
                request.isPublic() == null || request.isPublic()));
    ctx.status(HttpStatus.CREATED).json(view(project));
  }

  private void list(Context ctx) {
    Pagination pagination = Pagination.of(ctx);
    boolean archived = "true".equalsIgnoreCase(ctx.queryParam("archived"));
    Page<Project> page =
        projects.listByOwner(
            Authenticator.user(ctx),
            ctx.pathParam("user"),
            archived,
            pagination.limit(),
            pagination.offset());
    ctx.json(pagination.view(ctx, page.items().stream().map(this::view).toList(), page.count()));
  }

  private void get(Context ctx) {
    ctx.json(
        view(
            projects.get(
                Authenticator.user(ctx), ctx.pathParam("user"), ctx.pathParam("project"))));
  }

  private void update(Context ctx) {
    UpdateRequest request = bodies.read(ctx, UpdateRequest.class);
    Project project =
        projects.update(
            Authenticator.user(ctx),
            ctx.pathParam("user"),
            ctx.pathParam("project"),
            new ProjectChanges(
                request.name(), request.description(), request.tags(), request.isPublic()));
    ctx.json(view(project));
  }

  private void delete(Context ctx) {
    projects.delete(Authenticator.user(ctx), ctx.pathParam("user"), ctx.pathParam("project"));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void archive(Context ctx, boolean archived) {
    projects.setArchived(
        Authenticator.user(ctx), ctx.pathParam("user"), ctx.pathParam("project"), archived);
    ctx.json(
        view(
            projects.get(
                Authenticator.user(ctx), ctx.pathParam("user"), ctx.pathParam("project"))));
  }

  private ProjectView view(Project p) {
    return new ProjectView(
        p.id(),
        p.uuid(),
        p.name(),
        p.owner(),
        p.owner(),
        p.uniqueName(),
        p.description(),
        p.tags(),
        p.isPublic(),
        p.hasCode(),
        p.archived(),
        p.createdAt().atZone(zone),
        p.updatedAt().atZone(zone),
        p.runCounts().experiments(),
        p.runCounts().independentExperiments(),
        p.runCounts().groups(),
        p.runCounts().jobs(),
        p.runCounts().builds(),
        false,
        false,
        false);
  }
}
