package org.polyaxon.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.polyaxon.core.status.Status;
import org.polyaxon.server.logs.LogLine;
import org.polyaxon.server.logs.LogSink;

/**
 * A live log over a WebSocket: a text frame per status ({@code [polyaxon] status: <status>}) and
 * per line, then a close 1000 with the final status as reason. Frames are sent asynchronously; the
 * bytes not yet written to the network are counted, and past {@link #HIGH_WATER} the follower
 * pauses until they drop under {@link #LOW_WATER}, so a slow client never piles up memory.
 */
final class WsLogSink implements LogSink {
  static final String STATUS_PREFIX = "[polyaxon] status: ";
  static final long HIGH_WATER = 1024 * 1024;
  static final long LOW_WATER = HIGH_WATER / 4;

  private final Session session;
  private final AtomicLong pending = new AtomicLong();
  private volatile Runnable resume = () -> {};
  private volatile boolean closed;

  WsLogSink(Session session) {
    this.session = session;
  }

  @Override
  public boolean ready() {
    return pending.get() < HIGH_WATER;
  }

  @Override
  public void attach(Runnable resume) {
    this.resume = resume;
  }

  @Override
  public void status(Status status) {
    send(STATUS_PREFIX + status.wireName());
  }

  @Override
  public void line(LogLine line) {
    send(line.text());
  }

  @Override
  public void flush() {
    // Frames leave as they are sent.
  }

  @Override
  public void heartbeat() {
    session.sendPing(ByteBuffer.allocate(0), Callback.from(() -> {}, this::failed));
  }

  @Override
  public void end(Status status) {
    close(1000, status.wireName());
  }

  @Override
  public void gone(String reason) {
    close(4404, reason);
  }

  @Override
  public boolean closed() {
    return closed || !session.isOpen();
  }

  /** The client closed: nothing more is sent. */
  void clientClosed() {
    closed = true;
  }

  private void close(int code, String reason) {
    closed = true;
    // Queued after the frames sent before it, so the client gets every line first.
    session.close(code, reason, Callback.NOOP);
  }

  private void send(String text) {
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    pending.addAndGet(size);
    session.sendText(text, Callback.from(() -> sent(size), this::failed));
  }

  private void sent(long size) {
    long left = pending.addAndGet(-size);
    if (left < LOW_WATER && left + size >= LOW_WATER) {
      resume.run();
    }
  }

  private void failed(Throwable cause) {
    closed = true;
    resume.run();
  }
}
