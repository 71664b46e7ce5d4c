package org.polyaxon.server.scheduler;

import java.time.Duration;
import org.polyaxon.core.scheduler.Reconciler;
import org.polyaxon.store.postgres.TaskWakeups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler role's thread: a reconcile pass, then a wait that a queued task (NOTIFY) cuts
 * short, then another pass. A failing pass is logged and retried; it never stops the loop.
 */
public final class SchedulerLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

  private final Reconciler reconciler;
  private final TaskWakeups wakeups;
  private final Duration interval;
  private final AutoCloseable executor;
  private final Thread thread;
  private volatile boolean closed;

  /**
   * @param executor closed after the loop stops (its timers); running runs keep running
   */
  public SchedulerLoop(
      Reconciler reconciler, TaskWakeups wakeups, Duration interval, AutoCloseable executor) {
    this.reconciler = reconciler;
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
    while (!closed) {
      try {
        wakeups.drain();
        reconciler.reconcile();
        wakeups.await(interval);
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
