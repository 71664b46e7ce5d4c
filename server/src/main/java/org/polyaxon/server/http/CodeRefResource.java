package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.polyaxon.core.code.CodeReferenceStore;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.run.ReportedCode;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;

/**
 * {@code …/experiments/{id}/coderef} (and under {@code jobs}, reference 3.2). {@code POST} records
 * the code version a run reports itself, {@code {commit, head, branch, git_url, is_dirty}}, as
 * 0.4's tracking client sends it; {@code GET} answers that report, or else the uploaded version the
 * run checks out, recorded when it was created, in the shape of {@code …/repo}.
 */
final class CodeRefResource {
  private static final List<RunKind> KINDS = List.of(RunKind.EXPERIMENT, RunKind.JOB);
  private static final String HASH = "[0-9a-f]{4,64}";
  private static final int MAX_TEXT = 2048;

  private final CodeReferenceStore references;
  private final Runs runs;
  private final RunLookup lookup;
  private final RequestBodies bodies;
  private final ZoneId zone;

  CodeRefResource(
      CodeReferenceStore references,
      Runs runs,
      RunLookup lookup,
      RequestBodies bodies,
      ZoneId zone) {
    this.references = references;
    this.runs = runs;
    this.lookup = lookup;
    this.bodies = bodies;
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    for (RunKind kind : KINDS) {
      String path = "/api/v1/{user}/{project}/" + kind.plural() + "/{id}/coderef";
      routes.get(path, ctx -> get(ctx, kind));
      routes.post(path, ctx -> report(ctx, kind));
    }
  }

  /** What a run reports: what git says of the working tree it runs in. */
  record CodeRefRequest(
      String commit, String head, String branch, String gitUrl, Boolean isDirty) {}

  record ReportedCodeView(
      String commit,
      String head,
      String branch,
      String gitUrl,
      Boolean isDirty,
      ZonedDateTime createdAt) {}

  private void get(Context ctx, RunKind kind) {
    Run run = lookup.find(ctx, kind);
    if (run.reportedCode() != null) {
      ctx.json(view(run.reportedCode()));
      return;
    }
    NotFoundException none =
        new NotFoundException(
            "The "
                + kind.wireName()
                + " "
                + run.number()
                + " runs without code: none was uploaded when it was created, and it reported none");
    if (run.codeReferenceId() == null) {
      throw none;
    }
    ctx.json(
        RepoResource.view(
            lookup.project(ctx, false),
            references.find(run.codeReferenceId()).orElseThrow(() -> none),
            zone));
  }

  private void report(Context ctx, RunKind kind) {
    CodeRefRequest request = bodies.read(ctx, CodeRefRequest.class);
    Run run = lookup.findForTracking(ctx, kind);
    Run reported =
        runs.reportCode(
            run,
            new ReportedCode(
                hash("commit", request.commit(), true),
                hash("head", request.head(), false),
                text("branch", request.branch()),
                text("git_url", request.gitUrl()),
                request.isDirty(),
                null));
    ctx.status(HttpStatus.CREATED).json(view(reported.reportedCode()));
  }

  private ReportedCodeView view(ReportedCode code) {
    return new ReportedCodeView(
        code.commit(),
        code.head(),
        code.branch(),
        code.gitUrl(),
        code.isDirty(),
        code.createdAt().atZone(zone));
  }

  private static String hash(String field, String value, boolean required) {
    if (value == null) {
      if (required) {
        throw new InvalidInputException(
            "Field '" + field + "': required; expected a git commit hash");
      }
      return null;
    }
    if (!value.matches(HASH)) {
      throw new InvalidInputException(
          "Field '"
              + field
              + "': expected a git commit hash, 4 to 64 lowercase hexadecimal characters");
    }
    return value;
  }

  private static String text(String field, String value) {
    if (value != null && value.length() > MAX_TEXT) {
      throw new InvalidInputException("Field '" + field + "': at most " + MAX_TEXT + " characters");
    }
    return value;
  }
}
