package org.polyaxon.server.scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.polyaxon.core.scheduler.Reconciler;
import org.polyaxon.core.scheduler.SchedulerTask;
import org.polyaxon.core.scheduler.TaskQueue;
import org.polyaxon.store.postgres.TaskWakeups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler role's thread. It works the task queue as tasks arrive (a NOTIFY cuts its wait
 * short): each claimed task's run is reconciled, then the task is completed. Every {@code interval}
 * it also makes a full pass over every unfinished run and every execution, which is what makes the
 * design level-triggered: a task lost with a crashed scheduler, or an execution that ended on its
 * own (a process exits without telling anyone), is caught by the next full pass.
 *
 * <p>A failing pass is logged and retried; it never stops the loop.
 */
public final class SchedulerLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

  /** Tasks claimed at once; a longer queue is worked in several rounds without waiting. */
  static final int BATCH = 100;

  /** How long a claimed task stays hidden from other schedulers; a failed one is retried then. */
  static final Duration LEASE = Duration.ofSeconds(10);

  /** Claims after which a task whose run keeps failing is dropped to the full passes. */
  static final int MAX_ATTEMPTS = 5;

  private final Reconciler reconciler;
  private final TaskQueue queue;
  private final TaskWakeups wakeups;
  private final Duration interval;
  private final AutoCloseable executor;
  private final Thread thread;
  private volatile boolean closed;

  /**
   * @param interval between two full passes
   * @param executor closed after the loop stops (its timers); running runs keep running
   */
  public SchedulerLoop(
      Reconciler reconciler,
      TaskQueue queue,
      TaskWakeups wakeups,
      Duration interval,
      AutoCloseable executor) {
    this.reconciler = reconciler;
    this.queue = queue;
    this.wakeups = wakeups;
    this.interval = interval;
    this.executor = executor;
    this.thread = new Thread(this::loop, "polyaxon-scheduler");
    thread.setDaemon(true);
  }

  public SchedulerLoop start() {
    thread.start();
    return this;
  }

  private void loop() {
    long nextFullPass = System.nanoTime();
    while (!closed) {
      try {
        if (System.nanoTime() - nextFullPass >= 0) {
          reconciler.reconcile();
          nextFullPass = System.nanoTime() + interval.toNanos();
        }
        if (workTasks() < BATCH) {
          wakeups.await(Duration.ofNanos(Math.max(0, nextFullPass - System.nanoTime())));
        }
      } catch (RuntimeException | Error e) {
        // An Error too: "unable to create native thread" on a starved machine passes, and a
        // scheduler thread that died of it would leave every run unfollowed without a word.
        if (closed) {
          return;
        }
        LOG.error("Scheduler pass failed; retrying after {}", interval, e);
        pauseAfterFailure();
      }
    }
  }

  /** Claims a batch of tasks, reconciles their runs and completes them; returns how many. */
  private int workTasks() {
    List<SchedulerTask> tasks = queue.claim(Reconciler.EXECUTED, reconciler.scope(), BATCH, LEASE);
    if (tasks.isEmpty()) {
      return 0;
    }
    Set<Long> failed = reconciler.reconcile(tasks.stream().map(SchedulerTask::runId).toList());
    List<Long> done = new ArrayList<>();
    for (SchedulerTask task : tasks) {
      if (!failed.contains(task.runId())) {
        done.add(task.id());
      } else if (task.attempts() >= MAX_ATTEMPTS) {
        LOG.warn(
            "Dropping the {} task of run {} after {} attempts; full passes keep reconciling it",
            task.kind(),
            task.runId(),
            task.attempts());
        done.add(task.id());
      }
    }
    queue.complete(done);
    return tasks.size();
  }

  private void pauseAfterFailure() {
    try {
      Thread.sleep(interval.toMillis()); // back-off, so a broken database is not hammered
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    // Closing the LISTEN connection ends a wait in progress at once.
    wakeups.close();
    try {
      thread.join(Duration.ofSeconds(30).toMillis());
      executor.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("Closing the executor failed", e);
    }
  }
}
