package org.polyaxon.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.polyaxon.core.auth.RunPrincipal;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.run.RunKind;

/**
 * The one list of what a run token may do, checked before any route runs (so a body is never read
 * for a request that is refused anyway): read its own run ({@code GET …/{kind}/{id}} and below) and
 * report on it ({@code POST …/{id}/metrics|statuses|logs|_heartbeat|coderef}). {@link RunLookup}
 * checks the run again where the route resolves it.
 */
final class RunTokenScope {
  private static final String PREFIX = "/api/v1/";
  private static final Set<String> REPORTS =
      Set.of("metrics", "statuses", "logs", "_heartbeat", "coderef");

  private RunTokenScope() {}

  static void check(Context ctx, RunPrincipal principal) {
    List<String> segments = segments(ctx.path());
    boolean runRoute =
        segments.size() >= 4
            && (segments.get(2).equals(RunKind.EXPERIMENT.plural())
                || segments.get(2).equals(RunKind.JOB.plural()))
            && segments.get(3).matches("[0-9]{1,18}");
    boolean allowed =
        runRoute
            && (ctx.method() == HandlerType.GET
                || ctx.method() == HandlerType.POST
                    && segments.size() == 5
                    && REPORTS.contains(segments.get(4)));
    if (!allowed) {
      throw outOfScope(ctx, principal);
    }
    RunKind kind = segments.get(2).equals(RunKind.JOB.plural()) ? RunKind.JOB : RunKind.EXPERIMENT;
    principal.requireRun(segments.get(0), segments.get(1), kind, Long.parseLong(segments.get(3)));
  }

  /** The refusal of a request a run token may not make. */
  static ForbiddenException outOfScope(Context ctx, RunPrincipal principal) {
    return new ForbiddenException(
        "This run token belongs to "
            + principal.describe()
            + "; it may only post that run's metrics, statuses, logs, heartbeats and code"
            + " reference and read"
            + " that run, not "
            + ctx.method()
            + " "
            + ctx.path());
  }

  /** The path's segments after {@code /api/v1/}, empty ones (trailing slashes) left out. */
  private static List<String> segments(String path) {
    String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    return Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty()).toList();
  }
}
