package org.polyaxon.core.run;

import java.time.Instant;

/** Port: where the latest heartbeat of each run is kept ({@code runs.heartbeat_at}). */
public interface HeartbeatStore {

  /**
   * Records that an unfinished run was alive at {@code at}; a finished run's heartbeat is ignored.
   *
   * @return true when it was recorded
   */
  boolean beat(long runId, Instant at);
}
