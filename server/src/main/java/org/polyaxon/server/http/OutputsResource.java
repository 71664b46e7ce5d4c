package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.run.RunKind;

/**
 * The outputs of experiments and jobs (reference 2.6): {@code …/outputs/tree?path=}, {@code
 * …/outputs/files?path=} and {@code …/outputs/download}. Paths are resolved by the artifact store,
 * which refuses every way out of the run's directory.
 */
final class OutputsResource {
  private static final List<RunKind> KINDS = List.of(RunKind.EXPERIMENT, RunKind.JOB);

  private final ArtifactStore artifacts;
  private final RunLookup lookup;

  OutputsResource(ArtifactStore artifacts, RunLookup lookup) {
    this.artifacts = artifacts;
    this.lookup = lookup;
  }

  void register(RoutesConfig routes) {
    for (RunKind kind : KINDS) {
      String base = "/api/v1/{user}/{project}/" + kind.plural() + "/{id}/outputs";
      routes.get(base + "/tree", ctx -> tree(ctx, kind));
      routes.get(base + "/files", ctx -> file(ctx, kind));
      routes.get(base + "/download", ctx -> download(ctx, kind));
    }
  }

  private void tree(Context ctx, RunKind kind) {
    ctx.json(
        artifacts.list(RunArea.OUTPUTS, lookup.outputsPath(ctx, kind), ctx.queryParam("path")));
  }

  private void file(Context ctx, RunKind kind) {
    RunPath run = lookup.outputsPath(ctx, kind);
    String path = ctx.queryParam("path");
    // Served as bytes, never sniffed: an HTML file written by a run must not run in our origin.
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("application/octet-stream")
        .result(artifacts.openFile(RunArea.OUTPUTS, run, path));
  }

  private void download(Context ctx, RunKind kind) {
    RunPath run = lookup.outputsPath(ctx, kind);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + String.join("_", run.segments()) + "_outputs.tar.gz\"");
    ctx.contentType("application/gzip");
    try (OutputStream out = ctx.outputStream()) {
      artifacts.writeArchive(RunArea.OUTPUTS, run, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
