package org.polyaxon.core.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.polyaxon.core.run.Run;

/**
 * When a run is a zombie: it is running, the executor has no execution for it, and it posted a
 * heartbeat once but none for longer than {@code ttl} ({@code ttl.heartbeat}). A run that never
 * posted a heartbeat is never judged by this policy: most runs do not use a tracking client, and on
 * the local executor the process itself is what the reconciler follows. Heartbeats matter for runs
 * whose process the executor cannot see.
 */
public final class HeartbeatPolicy {
  private final Duration ttl;
  private final Clock clock;

  /**
   * @param ttl how long a run may be silent; null disables the policy
   */
  public HeartbeatPolicy(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A policy that never finds a zombie. */
  public static HeartbeatPolicy disabled() {
    return new HeartbeatPolicy(null, Clock.systemUTC());
  }

  /**
   * Why the run, which has no execution, is a zombie; empty when it is not.
   *
   * @param run a run the executor has no execution for
   */
  public Optional<String> zombie(Run run) {
    Instant last = run.heartbeatAt();
    if (ttl == null || last == null || !run.kind().machine().isRunning(run.status())) {
      return Optional.empty();
    }
    Duration silent = Duration.between(last, clock.instant());
    if (silent.compareTo(ttl) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "zombie: no heartbeat for "
            + silent.toSeconds()
            + " s (ttl.heartbeat is "
            + ttl.toSeconds()
            + " s) and the executor has no process for it");
  }
}
