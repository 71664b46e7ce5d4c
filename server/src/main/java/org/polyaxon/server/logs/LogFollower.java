package org.polyaxon.server.logs;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.polyaxon.core.status.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client following one run: its offset in the log, and a pump that sends what lies between that
 * offset and the end of the file whenever the shared {@link RunLogWatch} or the client's own
 * backlog draining wakes it. The pump runs on a pool, never two at once for one follower, and reads
 * at most one chunk per step, so a follower holds no more than one chunk and a slow client only
 * makes its own reading slower.
 */
final class LogFollower implements LiveLogs.Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(LogFollower.class);
  static final int CHUNK_BYTES = 64 * 1024;

  private final RunLogWatch watch;
  private final LogSink sink;
  private final Executor pumps;
  private final Consumer<LogFollower> onFinish;
  private final LongSupplier nanoTime;
  private final long heartbeatNanos;
  private final AtomicInteger wakeUps = new AtomicInteger();
  private final AtomicBoolean finished = new AtomicBoolean();
  private long offset;
  private Status sentStatus;
  private long sentAt;

  LogFollower(
      RunLogWatch watch,
      long offset,
      LogSink sink,
      Executor pumps,
      Consumer<LogFollower> onFinish,
      LongSupplier nanoTime,
      long heartbeatNanos) {
    this.watch = watch;
    this.offset = offset;
    this.sink = sink;
    this.pumps = pumps;
    this.onFinish = onFinish;
    this.nanoTime = nanoTime;
    this.heartbeatNanos = heartbeatNanos;
    this.sentAt = nanoTime.getAsLong();
    sink.attach(this::wake);
  }

  /** Asks for a pump; wake-ups that come while one runs make it go round once more. */
  void wake() {
    if (!finished.get() && wakeUps.getAndIncrement() == 0) {
      pumps.execute(this::drain);
    }
  }

  @Override
  public void cancel() {
    if (finished.compareAndSet(false, true)) {
      onFinish.accept(this);
    }
  }

  RunLogWatch watch() {
    return watch;
  }

  private void drain() {
    int missed = 1;
    do {
      if (!finished.get()) {
        try {
          pump();
        } catch (RuntimeException e) {
          // A store error: the next wake-up (at the latest the heartbeat) tries again.
          LOG.warn("Cannot follow the log of run {}: {}", watch.runId(), e.toString());
        }
      }
      missed = wakeUps.addAndGet(-missed);
    } while (missed != 0);
  }

  private void pump() {
    if (sink.closed()) {
      cancel();
      return;
    }
    if (watch.deleted()) {
      sink.gone("The run was deleted");
      cancel();
      return;
    }
    // The status is read before the file: once it is final, the file holds every line.
    Status status = watch.status();
    boolean done = watch.isDone(status);
    if (!done && status != sentStatus) {
      sink.status(status);
      sentStatus = status;
      sentAt = nanoTime.getAsLong();
    }
    boolean sent = false;
    byte[] chunk = null;
    // A heartbeat wake-up of a follower that has read all the watch saw costs no read.
    long knownSize = watch.size();
    boolean mayHaveMore = done || knownSize < 0 || offset < knownSize;
    while (mayHaveMore && sink.ready() && !sink.closed()) {
      if (chunk == null) {
        // Only while reading: an idle follower holds no buffer.
        chunk = new byte[CHUNK_BYTES];
      }
      int length = watch.file().read(offset, chunk);
      boolean endOfFile = length < CHUNK_BYTES;
      List<LogLine> lines = LogChunks.split(chunk, length, offset, done && endOfFile);
      for (LogLine line : lines) {
        sink.line(line);
        offset = line.endOffset();
      }
      sent |= !lines.isEmpty();
      if (endOfFile) {
        if (done) {
          sink.flush();
          sink.end(status);
          cancel();
          return;
        }
        break;
      }
    }
    long now = nanoTime.getAsLong();
    if (sent) {
      sink.flush();
      sentAt = now;
    } else if (now - sentAt >= heartbeatNanos) {
      sink.heartbeat();
      sentAt = now;
    }
    if (sink.closed()) {
      cancel();
    }
  }
}
