package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;

/**
 * 0.4's bulk routes (reference 3.2): {@code POST /{u}/{p}/experiments/stop} and {@code
 * /{u}/{p}/experiments/delete} with {@code {"ids": [..]}}; 0.4 had none for jobs. Only the
 * project's owner or a superuser may change its runs; numbers that name no experiment of the
 * project are ignored, and the answer is an empty 200, as 0.4's. Registered before the run routes,
 * whose {@code DELETE …/experiments/{id}} would otherwise take {@code delete} for an id.
 */
final class ExperimentBatchResource {
  private static final String BASE = "/api/v1/{user}/{project}/experiments";
  private static final int MAX_IDS = 1000;

  private final Runs runs;
  private final RunLookup lookup;
  private final RequestBodies bodies;

  ExperimentBatchResource(Runs runs, RunLookup lookup, RequestBodies bodies) {
    this.runs = runs;
    this.lookup = lookup;
    this.bodies = bodies;
  }

  void register(RoutesConfig routes) {
    routes.post(BASE + "/stop", this::stop);
    // 0.4's client sends the delete with DELETE, its API documentation with POST: both work.
    routes.post(BASE + "/delete", this::delete);
    routes.delete(BASE + "/delete", this::delete);
  }

  /** The experiments to act on, by their numbers in the project. */
  record BatchRequest(List<Long> ids) {}

  /** Stops the listed experiments that have not finished; finished ones stay as they are. */
  private void stop(Context ctx) {
    for (Run run : experiments(ctx)) {
      if (!run.kind().machine().isDone(run.status())) {
        runs.stop(run);
      }
    }
    ctx.status(HttpStatus.OK);
  }

  /** Deletes the listed experiments, stopping the ones that run first, as 0.4 did. */
  private void delete(Context ctx) {
    experiments(ctx).forEach(runs::stopAndDelete);
    ctx.status(HttpStatus.OK);
  }

  private List<Run> experiments(Context ctx) {
    BatchRequest request = bodies.read(ctx, BatchRequest.class);
    if (request.ids() == null) {
      throw new InvalidInputException("Field 'ids': required; expected a list of experiment ids");
    }
    if (request.ids().size() > MAX_IDS) {
      throw new InvalidInputException(
          "Field 'ids': " + request.ids().size() + " ids; at most " + MAX_IDS + " per request");
    }
    if (request.ids().contains(null)) {
      throw new InvalidInputException("Field 'ids': expected experiment ids, got null");
    }
    return lookup.findAllForUpdate(ctx, RunKind.EXPERIMENT, request.ids());
  }
}
