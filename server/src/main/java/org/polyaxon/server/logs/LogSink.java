package org.polyaxon.server.logs;

import org.polyaxon.core.status.Status;

/**
 * Where a follower sends a run's log: one WebSocket session or one SSE response. Methods are called
 * by one thread at a time, never after {@link #end} or {@link #gone}.
 */
public interface LogSink {

  /**
   * False while the client has too much unsent data; the follower then stops reading until the sink
   * calls the {@code resume} action it was {@linkplain #attach attached} with.
   */
  boolean ready();

  /** Gives the sink the action that wakes its follower (after a backlog drained). */
  void attach(Runnable resume);

  /** A status the run reached that is not final. */
  void status(Status status);

  void line(LogLine line);

  /** Called after a batch of lines: a good moment to flush. */
  void flush();

  /** Nothing was sent for a while: prove that the connection is alive (or find it dead). */
  void heartbeat();

  /** The run reached {@code status} and its whole log was sent: finish the stream. */
  void end(Status status);

  /** The run was deleted while it was followed. */
  void gone(String reason);

  /** True once the client went away: the follower stops. */
  boolean closed();
}
