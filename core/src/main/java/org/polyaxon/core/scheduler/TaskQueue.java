package org.polyaxon.core.scheduler;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.polyaxon.core.run.RunKind;

/**
 * Port: the scheduler's work queue. Tasks are committed with the state change that causes them; a
 * scheduler claims some for a lease, acts, and completes them. A claim skips tasks another
 * scheduler holds, so with several schedulers on one database each task is worked by one at a time;
 * a scheduler that dies holding a task only delays it until its lease runs out.
 */
public interface TaskQueue {

  /**
   * Claims up to {@code max} due tasks of runs of these kinds that are unclaimed or claimed by
   * {@code scope}, hiding them from other claims for {@code lease}.
   */
  List<SchedulerTask> claim(Set<RunKind> kinds, String scope, int max, Duration lease);

  /** Removes worked tasks; a task that is not completed becomes due again when its lease ends. */
  void complete(Collection<Long> taskIds);
}
