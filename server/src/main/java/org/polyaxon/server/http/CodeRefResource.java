package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import org.polyaxon.core.code.CodeReferenceStore;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;

/**
 * {@code GET …/experiments/{id}/coderef} (and under {@code jobs}): the code version a run checks
 * out, recorded when it was created (reference 3.2), in the shape of {@code …/repo}.
 */
final class CodeRefResource {
  private static final List<RunKind> KINDS = List.of(RunKind.EXPERIMENT, RunKind.JOB);

  private final CodeReferenceStore references;
  private final RunLookup lookup;
  private final ZoneId zone;

  CodeRefResource(CodeReferenceStore references, RunLookup lookup, ZoneId zone) {
    this.references = references;
    this.lookup = lookup;
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    for (RunKind kind : KINDS) {
      routes.get(
          "/api/v1/{user}/{project}/" + kind.plural() + "/{id}/coderef", ctx -> get(ctx, kind));
    }
  }

  private void get(Context ctx, RunKind kind) {
    Run run = lookup.find(ctx, kind);
    NotFoundException none =
        new NotFoundException(
            "The "
                + kind.wireName()
                + " "
                + run.number()
                + " runs without code: none was uploaded when it was created");
    if (run.codeReferenceId() == null) {
      throw none;
    }
    ctx.json(
        RepoResource.view(
            lookup.project(ctx, false),
            references.find(run.codeReferenceId()).orElseThrow(() -> none),
            zone));
  }
}
