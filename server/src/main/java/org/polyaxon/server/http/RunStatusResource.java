package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.run.StatusChange;

/**
 * A run's status history (reference 3.2): {@code GET …/{id}/statuses}, oldest first and paginated,
 * and one entry, {@code GET …/{id}/statuses/{uuid}}, for experiments and jobs. Runs post their own
 * statuses through {@link RunTrackingResource}.
 */
final class RunStatusResource {
  private static final List<RunKind> KINDS = List.of(RunKind.EXPERIMENT, RunKind.JOB);

  private final Runs runs;
  private final RunLookup lookup;
  private final ZoneId zone;

  RunStatusResource(Runs runs, RunLookup lookup, ZoneId zone) {
    this.runs = runs;
    this.lookup = lookup;
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    for (RunKind kind : KINDS) {
      String base = "/api/v1/{user}/{project}/" + kind.plural() + "/{id}/statuses";
      routes.get(base, ctx -> list(ctx, kind));
      routes.get(base + "/{uuid}", ctx -> one(ctx, kind));
    }
  }

  private void list(Context ctx, RunKind kind) {
    Pagination pagination = Pagination.of(ctx);
    Run run = lookup.find(ctx, kind);
    List<StatusChange> all = runs.statuses(run);
    List<Map<String, Object>> page =
        all.stream()
            .skip(pagination.offset())
            .limit(pagination.limit())
            .map(change -> StatusViews.of(run, change, zone))
            .toList();
    ctx.json(pagination.view(ctx, page, all.size()));
  }

  private void one(Context ctx, RunKind kind) {
    Run run = lookup.find(ctx, kind);
    String uuid = ctx.pathParam("uuid");
    // 0.4's uuids are 32 hex characters; anything else cannot name an entry.
    if (!uuid.matches("[0-9a-f]{32}")) {
      throw new InvalidInputException(
          "Path segment '" + uuid + "': expected a status uuid, 32 hexadecimal characters");
    }
    ctx.json(StatusViews.of(run, runs.status(run, uuid), zone));
  }
}
