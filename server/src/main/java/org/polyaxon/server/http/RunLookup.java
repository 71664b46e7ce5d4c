package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.auth.RunPrincipal;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.Projects;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunLocations;
import org.polyaxon.core.run.RunStore;

/**
 * Finds the run a route names ({@code /{user}/{project}/<kind plural>/{id}}), applying the
 * project's visibility: a run of a project the caller may not see is not found. A run token may
 * read its own run and track it ({@link #findForTracking}); any other run is forbidden to it.
 */
final class RunLookup {
  private final Projects projects;
  private final RunStore runs;
  private final RunLocations locations;

  RunLookup(Projects projects, RunStore runs) {
    this.projects = projects;
    this.runs = runs;
    this.locations = new RunLocations(runs);
  }

  /** The run for reading. */
  Run find(Context ctx, RunKind kind) {
    return find(ctx, kind, projects.get(actor(ctx, kind), owner(ctx), project(ctx)));
  }

  /**
   * The run for reporting on it (metrics, statuses, logs, heartbeats): its own token, or a user who
   * may change the project.
   */
  Run findForTracking(Context ctx, RunKind kind) {
    return find(ctx, kind, projects.getForUpdate(actor(ctx, kind), owner(ctx), project(ctx)));
  }

  /** The project of a route that names a run, for reading; open to that run's token. */
  Project projectOfRun(Context ctx, RunKind kind) {
    return projects.get(actor(ctx, kind), owner(ctx), project(ctx));
  }

  /**
   * Who a route that names a run acts as: the user of the request or, for a run token naming its
   * own run, the run's creator (whose rights on the project still apply).
   */
  private static User actor(Context ctx, RunKind kind) {
    Optional<RunPrincipal> run = Authenticator.runPrincipal(ctx);
    if (run.isEmpty()) {
      return Authenticator.user(ctx);
    }
    run.get().requireRun(owner(ctx), project(ctx), kind, number(ctx));
    return run.get().creator();
  }

  /** The run for changing it: the caller must own the project or be a superuser. */
  Run findForUpdate(Context ctx, RunKind kind) {
    User actor = Authenticator.user(ctx);
    return find(ctx, kind, projects.getForUpdate(actor, owner(ctx), project(ctx)));
  }

  /**
   * The runs of the route's project with these numbers, for changing them (the caller must own the
   * project or be a superuser); numbers that name no run are left out, as 0.4's bulk routes did.
   */
  List<Run> findAllForUpdate(Context ctx, RunKind kind, List<Long> numbers) {
    Project project = project(ctx, true);
    return numbers.stream()
        .distinct()
        .map(number -> runs.find(project.id(), kind, number))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The project of the route, for reading. */
  Project project(Context ctx, boolean forUpdate) {
    User actor = Authenticator.user(ctx);
    return forUpdate
        ? projects.getForUpdate(actor, owner(ctx), project(ctx))
        : projects.get(actor, owner(ctx), project(ctx));
  }

  /** Where the run's logs live: the reference 2.2 layout, groups included. */
  RunPath path(Context ctx, RunKind kind) {
    return locations.own(owner(ctx), project(ctx), find(ctx, kind));
  }

  /** Where the run's outputs live: its own path, or its original's for a resumed run. */
  RunPath outputsPath(Context ctx, RunKind kind) {
    return locations.outputs(owner(ctx), project(ctx), find(ctx, kind));
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
