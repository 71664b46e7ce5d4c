package org.polyaxon.server.http;

import io.javalin.http.Context;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.Projects;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore;

/**
 * Finds the run a route names ({@code /{user}/{project}/<kind plural>/{id}}), applying the
 * project's visibility: a run of a project the caller may not see is not found.
 */
final class RunLookup {
  private final Projects projects;
  private final RunStore runs;

  RunLookup(Projects projects, RunStore runs) {
    this.projects = projects;
    this.runs = runs;
  }

  /** The run for reading. */
  Run find(Context ctx, RunKind kind) {
    return find(ctx, kind, projects.get(Authenticator.user(ctx), owner(ctx), project(ctx)));
  }

  /** The run for changing it: the caller must own the project or be a superuser. */
  Run findForUpdate(Context ctx, RunKind kind) {
    User actor = Authenticator.user(ctx);
    return find(ctx, kind, projects.getForUpdate(actor, owner(ctx), project(ctx)));
  }

  /** The project of the route, for reading. */
  Project project(Context ctx, boolean forUpdate) {
    User actor = Authenticator.user(ctx);
    return forUpdate
        ? projects.getForUpdate(actor, owner(ctx), project(ctx))
        : projects.get(actor, owner(ctx), project(ctx));
  }

  /** Where the run's artifacts live: the reference 2.2 layout, groups included. */
  RunPath path(Context ctx, RunKind kind) {
    Run run = find(ctx, kind);
    Long groupNumber = null;
    if (run.groupId() != null) {
      groupNumber =
          runs.findById(run.groupId())
              .map(Run::number)
              .orElseThrow(() -> new NotFoundException("The group of this run is gone"));
    }
    return RunPath.of(owner(ctx), project(ctx), kind, run.number(), groupNumber);
  }

  private Run find(Context ctx, RunKind kind, Project project) {
    long number = number(ctx);
    return runs.find(project.id(), kind, number)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no "
                        + kind.wireName()
                        + " "
                        + number
                        + " in "
                        + project.uniqueName()));
  }

  private static long number(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Path segment '" + text + "': expected a run number");
    }
  }

  private static String owner(Context ctx) {
    return ctx.pathParam("user");
  }

  private static String project(Context ctx) {
    return ctx.pathParam("project");
  }
}
