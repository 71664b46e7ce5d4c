package org.polyaxon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.PolyaxonException;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.server.logs.LiveLogs;

/**
 * Live logs of experiments and jobs: {@code /ws/v1/{u}/{p}/<kind>/{id}/logs} (WebSocket) and {@code
 * GET /api/v1/{u}/{p}/<kind>/{id}/logs/stream} (Server-Sent Events). The contract, close codes
 * included, is in docs/architecture.md ("Live logs").
 */
final class LiveLogsResource {
  private static final List<RunKind> KINDS = List.of(RunKind.EXPERIMENT, RunKind.JOB);
  private static final String TARGET = "polyaxon.liveLogs.target";
  private static final String REFUSAL = "polyaxon.liveLogs.refusal";
  private static final String SUBSCRIPTION = "polyaxon.liveLogs.subscription";
  private static final String SINK = "polyaxon.liveLogs.sink";
  private static final int MAX_CLOSE_REASON_BYTES = 123;

  private record Target(Run run, RunPath path) {}

  private record Refusal(int code, String reason) {}

  private final LiveLogs liveLogs;
  private final Authenticator authenticator;
  private final RunLookup lookup;

  LiveLogsResource(LiveLogs liveLogs, Authenticator authenticator, RunLookup lookup) {
    this.liveLogs = liveLogs;
    this.authenticator = authenticator;
    this.lookup = lookup;
  }

  void register(RoutesConfig routes) {
    for (RunKind kind : KINDS) {
      String run = "/{user}/{project}/" + kind.plural() + "/{id}/logs";
      routes.get("/api/v1" + run + "/stream", ctx -> stream(ctx, kind));
      routes.wsBeforeUpgrade("/ws/v1" + run, ctx -> admit(ctx, kind));
      routes.ws("/ws/v1" + run, this::socket);
    }
  }

  private void stream(Context ctx, RunKind kind) throws IOException {
    Run run = lookup.find(ctx, kind);
    RunPath path = lookup.path(ctx, kind);
    long offset = resumeOffset(ctx);
    ctx.status(200)
        .contentType("text/event-stream; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no");
    ctx.res().flushBuffer();
    CompletableFuture<Void> finished = new CompletableFuture<>();
    LiveLogs.Subscription subscription =
        liveLogs.follow(run, path, offset, new SseLogSink(ctx.res().getOutputStream(), finished));
    finished.whenComplete((ignored, error) -> subscription.cancel());
    ServletContextRequest.getServletContextRequest(ctx.req())
        .addFailureListener(failure -> finished.complete(null));
    ctx.future(() -> finished);
  }

  /**
   * Authenticates and finds the run while the upgrade is still an HTTP request; a refusal is
   * delivered as a close code after the upgrade, which browsers can read (an HTTP status of a
   * failed upgrade they cannot).
   */
  private void admit(Context ctx, RunKind kind) {
    try {
      authenticator.requireHeaderOrQueryToken(ctx);
      ctx.attribute(TARGET, new Target(lookup.find(ctx, kind), lookup.path(ctx, kind)));
    } catch (PolyaxonException e) {
      ctx.attribute(REFUSAL, new Refusal(4000 + Problems.status(e), e.getMessage()));
    }
  }

  private void socket(WsConfig ws) {
    ws.onConnect(this::connect);
    ws.onClose(LiveLogsResource::disconnect);
    ws.onError(LiveLogsResource::disconnect);
  }

  private void connect(WsConnectContext ctx) {
    Refusal refusal = ctx.attribute(REFUSAL);
    Target target = ctx.attribute(TARGET);
    if (refusal != null || target == null) {
      Refusal why = refusal != null ? refusal : new Refusal(1011, "The run could not be read");
      ctx.closeSession(why.code(), closeReason(why.reason()));
      return;
    }
    WsLogSink sink = new WsLogSink(ctx.session);
    ctx.attribute(SINK, sink);
    ctx.attribute(SUBSCRIPTION, liveLogs.follow(target.run(), target.path(), 0, sink));
  }

  private static void disconnect(WsContext ctx) {
    WsLogSink sink = ctx.attribute(SINK);
    if (sink != null) {
      sink.clientClosed();
    }
    LiveLogs.Subscription subscription = ctx.attribute(SUBSCRIPTION);
    if (subscription != null) {
      subscription.cancel();
    }
  }

  /** {@code Last-Event-ID} (what a reconnecting EventSource sends) wins over {@code ?offset=}. */
  static long resumeOffset(Context ctx) {
    String header = ctx.header("Last-Event-ID");
    if (header != null && !header.isBlank()) {
      return offset("Header 'Last-Event-ID'", header.trim());
    }
    String query = ctx.queryParam("offset");
    return query == null ? 0 : offset("Query parameter 'offset'", query.trim());
  }

  private static long offset(String where, String text) {
    try {
      long offset = Long.parseLong(text);
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // Reported below with what was expected.
    }
    throw new InvalidInputException(
        where
            + ": expected a byte offset (an integer >= 0, the id of the last event received),"
            + " got '"
            + text
            + "'");
  }

  /** A close reason is at most 123 bytes of UTF-8. */
  static String closeReason(String reason) {
    String text = reason == null ? "" : reason;
    while (text.getBytes(StandardCharsets.UTF_8).length > MAX_CLOSE_REASON_BYTES) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}
