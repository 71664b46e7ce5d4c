package org.polyaxon.server.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A JDK WebSocket client of a live log that records every text frame and how it was closed. */
final class LogSocket implements WebSocket.Listener {
  record Closed(int code, String reason) {}

  // Synchronized lists, not copy-on-write ones: benchmarks add hundreds of thousands of frames.
  final List<String> frames = Collections.synchronizedList(new ArrayList<>());

  /** When each frame arrived (epoch milliseconds), in the order of {@link #frames}. */
  final List<Long> arrivedAtMillis = Collections.synchronizedList(new ArrayList<>());

  final CompletableFuture<Closed> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  /**
   * @param token sent as {@code Authorization: Token}, or null for none
   */
  static LogSocket open(int port, String path, String token) throws Exception {
    LogSocket listener = new LogSocket();
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (token != null) {
      builder.header("Authorization", "Token " + token);
    }
    listener.socket =
        builder
            .buildAsync(URI.create("ws://127.0.0.1:" + port + path), listener)
            .get(30, TimeUnit.SECONDS);
    return listener;
  }

  /** The frames that are log lines (not status frames). */
  List<String> lines() {
    synchronized (frames) {
      return frames.stream().filter(frame -> !frame.startsWith(WsLogSink.STATUS_PREFIX)).toList();
    }
  }

  void abort() {
    socket.abort();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      synchronized (frames) {
        arrivedAtMillis.add(System.currentTimeMillis());
        frames.add(partial.toString());
      }
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(new Closed(statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }
}
