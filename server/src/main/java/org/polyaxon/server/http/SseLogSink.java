package org.polyaxon.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.polyaxon.core.status.Status;
import org.polyaxon.server.logs.LogLine;
import org.polyaxon.server.logs.LogSink;

/**
 * A live log as Server-Sent Events: {@code id: <offset>}/{@code data: <line>} per line, {@code
 * event: status} per status, {@code event: done} at the end. Writes block while the client's TCP
 * window is full, which is what bounds the memory a slow client costs; a failed write means the
 * client left.
 */
final class SseLogSink implements LogSink {
  private final OutputStream out;
  private final CompletableFuture<Void> finished;
  private volatile boolean closed;

  /**
   * @param finished completed when the stream ends, for whichever reason
   */
  SseLogSink(OutputStream out, CompletableFuture<Void> finished) {
    this.out = out;
    this.finished = finished;
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public void attach(Runnable resume) {
    // Writes block instead of queueing: there is never a backlog to resume from.
  }

  @Override
  public void status(Status status) {
    write("event: status\ndata: {\"status\":\"" + status.wireName() + "\"}\n\n");
    flush();
  }

  @Override
  public void line(LogLine line) {
    StringBuilder event = new StringBuilder(line.text().length() + 32);
    event.append("id: ").append(line.endOffset()).append('\n');
    // SSE ends a data field at CR too, so a CR inside a line (progress bars) starts a new one.
    for (String part : line.text().split("\r", -1)) {
      event.append("data: ").append(part).append('\n');
    }
    write(event.append('\n').toString());
  }

  @Override
  public void flush() {
    if (closed) {
      return;
    }
    try {
      out.flush();
    } catch (IOException e) {
      finish();
    }
  }

  @Override
  public void heartbeat() {
    write(": keep-alive\n\n");
    flush();
  }

  @Override
  public void end(Status status) {
    write("event: done\ndata: {\"status\":\"" + status.wireName() + "\"}\n\n");
    flush();
    finish();
  }

  @Override
  public void gone(String reason) {
    write("event: gone\ndata: {\"status\":404,\"detail\":\"" + reason + "\"}\n\n");
    flush();
    finish();
  }

  @Override
  public boolean closed() {
    return closed;
  }

  private void write(String text) {
    if (closed) {
      return;
    }
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      finish();
    }
  }

  private void finish() {
    closed = true;
    finished.complete(null);
  }
}
