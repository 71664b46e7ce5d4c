package org.polyaxon.server.admin;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.Projects;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunCatalog;
import org.polyaxon.core.run.RunCatalog.RunSummary;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.core.run.Runs;

/** The runs of every project, one run's page, and stopping a run. */
final class RunsController {
  private static final Set<RunKind> LISTED = Set.of(RunKind.EXPERIMENT, RunKind.JOB);

  private final RunCatalog catalog;
  private final RunStore runStore;
  private final Runs runs;
  private final Projects projects;
  private final RunsPage listPage;
  private final RunPage runPage;

  RunsController(
      RunCatalog catalog,
      RunStore runStore,
      Runs runs,
      Projects projects,
      RunsPage listPage,
      RunPage runPage) {
    this.catalog = catalog;
    this.runStore = runStore;
    this.runs = runs;
    this.projects = projects;
    this.listPage = listPage;
    this.runPage = runPage;
  }

  void list(Context ctx, AdminSession session, Optional<Flash> flash) {
    int page = pageOf(ctx.queryParam("page"));
    Project project = projectOf(session, ctx.queryParam("project"));
    Long projectId = project == null ? null : project.id();
    long total = catalog.count(LISTED, projectId);
    ctx.html(
        listPage.render(
            session,
            project,
            catalog.list(LISTED, projectId, RunsPage.PAGE_SIZE, (page - 1) * RunsPage.PAGE_SIZE),
            page,
            total,
            flash));
  }

  void show(Context ctx, AdminSession session, Optional<Flash> flash) {
    String uuid = ctx.pathParam("uuid");
    RunSummary summary = catalog.find(uuid).orElseThrow(() -> noRun(uuid));
    Run run = runStore.findByUuid(uuid).orElseThrow(() -> noRun(uuid));
    ctx.html(runPage.render(session, summary, run, runs.statuses(run), flash));
  }

  String stop(Context ctx, AdminSession session) {
    String uuid = ctx.pathParam("uuid");
    Run run = runStore.findByUuid(uuid).orElseThrow(() -> noRun(uuid));
    Run stopped = runs.stop(run);
    return "Stopped "
        + run.kind().wireName()
        + " "
        + run.number()
        + (run.name() == null ? "" : " (" + run.name() + ")")
        + "; it is "
        + stopped.status().wireName()
        + ".";
  }

  private Project projectOf(AdminSession session, String ownerAndName) {
    if (ownerAndName == null || ownerAndName.isEmpty()) {
      return null;
    }
    int slash = ownerAndName.indexOf('/');
    if (slash < 1) {
      throw new InvalidInputException("project: expected owner/name, got '" + ownerAndName + "'");
    }
    return projects.get(
        session.user(), ownerAndName.substring(0, slash), ownerAndName.substring(slash + 1));
  }

  private static int pageOf(String value) {
    if (value == null || value.isEmpty()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(value);
      if (page >= 1 && page <= 1_000_000) {
        return page;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new InvalidInputException("page: expected a whole number from 1, got '" + value + "'");
  }

  private static NotFoundException noRun(String uuid) {
    return new NotFoundException("There is no run " + uuid);
  }
}
