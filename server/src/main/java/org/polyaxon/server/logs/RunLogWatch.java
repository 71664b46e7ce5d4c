package org.polyaxon.server.logs;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongFunction;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What all followers of one run share: one poll of the log's size and of the run's status, however
 * many clients follow it. It wakes its followers when either changed, and every heartbeat period;
 * each follower then reads its own bytes from its own offset.
 */
final class RunLogWatch {
  private static final Logger LOG = LoggerFactory.getLogger(RunLogWatch.class);

  private final long runId;
  private final RunKind kind;
  private final LogFile file;
  private final LongFunction<Optional<Status>> statuses;
  private final LiveLogs.Timing timing;
  private final Set<LogFollower> followers = ConcurrentHashMap.newKeySet();
  private volatile Status status;
  private volatile boolean deleted;
  private volatile long size = -1;
  private long statusCheckedAt;
  private long wokenAt;
  private ScheduledFuture<?> ticks;

  RunLogWatch(
      long runId,
      RunKind kind,
      Status status,
      LogFile file,
      LongFunction<Optional<Status>> statuses,
      LiveLogs.Timing timing,
      long now) {
    this.runId = runId;
    this.kind = kind;
    this.status = status;
    this.file = file;
    this.statuses = statuses;
    this.timing = timing;
    this.statusCheckedAt = now;
    this.wokenAt = now;
  }

  long runId() {
    return runId;
  }

  LogFile file() {
    return file;
  }

  /** The log's size as last polled, -1 before the first poll. */
  long size() {
    return size;
  }

  /** The run's status as last polled. */
  Status status() {
    return status;
  }

  boolean isDone(Status status) {
    return kind.machine().isDone(status);
  }

  boolean deleted() {
    return deleted;
  }

  void add(LogFollower follower) {
    followers.add(follower);
  }

  /** Returns true when no follower is left. */
  boolean remove(LogFollower follower) {
    followers.remove(follower);
    return followers.isEmpty();
  }

  void scheduled(ScheduledFuture<?> ticks) {
    this.ticks = ticks;
  }

  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }

  /** One poll; runs on the watch thread only. */
  void tick(long now) {
    try {
      boolean changed = false;
      if (!isDone(status) && now - statusCheckedAt >= timing.statusPoll().toNanos()) {
        statusCheckedAt = now;
        Optional<Status> current = statuses.apply(runId);
        if (current.isEmpty()) {
          deleted = true;
          changed = true;
        } else if (current.get() != status) {
          status = current.get();
          changed = true;
        }
      }
      long current = file.size();
      if (current != size) {
        size = current;
        changed = true;
      }
      if (changed || now - wokenAt >= timing.heartbeat().toNanos()) {
        wokenAt = now;
        followers.forEach(LogFollower::wake);
      }
    } catch (RuntimeException e) {
      // The database or the store may be away for a moment: the next tick tries again.
      LOG.warn("Cannot poll the log of run {}: {}", runId, e.toString());
    }
  }
}
