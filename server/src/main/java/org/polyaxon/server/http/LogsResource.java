package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.server.scheduler.LocalLaunchPlanner;

/**
 * The archived log of experiments and jobs ({@code GET …/{id}/logs}, what {@code polyaxon
 * experiment logs --past} reads): one timestamped line per output line, as written so far.
 */
final class LogsResource {
  private static final List<RunKind> KINDS = List.of(RunKind.EXPERIMENT, RunKind.JOB);

  private final ArtifactStore artifacts;
  private final RunLookup lookup;

  LogsResource(ArtifactStore artifacts, RunLookup lookup) {
    this.artifacts = artifacts;
    this.lookup = lookup;
  }

  void register(RoutesConfig routes) {
    for (RunKind kind : KINDS) {
      routes.get(
          "/api/v1/{user}/{project}/" + kind.plural() + "/{id}/logs", ctx -> logs(ctx, kind));
    }
  }

  private void logs(Context ctx, RunKind kind) {
    // Outside the try: a run the caller may not see, or that does not exist, is a 404.
    RunPath path = lookup.path(ctx, kind);
    ctx.contentType("text/plain; charset=utf-8");
    try {
      ctx.result(artifacts.openFile(RunArea.LOGS, path, LocalLaunchPlanner.LOG_FILE));
    } catch (NotFoundException notYet) {
      // A run that has not started has an empty log, not a missing one.
      ctx.result(new ByteArrayInputStream(new byte[0]));
    }
  }
}
