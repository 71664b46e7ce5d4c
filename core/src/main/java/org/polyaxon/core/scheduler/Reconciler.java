package org.polyaxon.core.scheduler;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Executor;
import org.polyaxon.core.executor.Launch;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.run.StatusUpdate;
import org.polyaxon.core.status.IllegalTransitionException;
import org.polyaxon.core.status.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The scheduler's heart: compares what the database wants (runs and their statuses) with what the
 * executor has, and converges. It is level-triggered: each pass looks at everything, so a lost
 * wake-up or a crash only delays convergence, and starting is idempotent by run UUID, so a repeated
 * pass never runs a trial twice.
 */
public final class Reconciler {
  private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

  /** The kinds of run this scheduler executes; the others are driven elsewhere. */
  public static final Set<RunKind> EXECUTED = EnumSet.of(RunKind.EXPERIMENT, RunKind.JOB);

  private final RunStore store;
  private final Runs runs;
  private final Executor executor;
  private final Function<Run, Launch> planner;
  private final Duration stopGrace;
  private final HeartbeatPolicy heartbeats;

  /**
   * @param planner builds the launch of a run (command, environment, paths); an exception means the
   *     run cannot start, and it fails with the exception's message
   */
  public Reconciler(
      RunStore store,
      Runs runs,
      Executor executor,
      Function<Run, Launch> planner,
      Duration stopGrace) {
    this(store, runs, executor, planner, stopGrace, HeartbeatPolicy.disabled());
  }

  /**
   * @param heartbeats which runs without an execution have gone silent for too long: those are
   *     failed as zombies instead of being started again
   */
  public Reconciler(
      RunStore store,
      Runs runs,
      Executor executor,
      Function<Run, Launch> planner,
      Duration stopGrace,
      HeartbeatPolicy heartbeats) {
    this.store = store;
    this.runs = runs;
    this.executor = executor;
    this.planner = planner;
    this.stopGrace = stopGrace;
    this.heartbeats = heartbeats;
  }

  /** One pass over every unfinished run and every live execution. */
  public void reconcile() {
    Map<String, Execution> executions = new HashMap<>();
    for (Execution execution : executor.list()) {
      executions.put(execution.runUuid(), execution);
    }
    for (Run run : store.listUnfinished(EXECUTED, executor.scope())) {
      MDC.put("run", run.uuid());
      try {
        reconcile(run, Optional.ofNullable(executions.remove(run.uuid())));
      } catch (RuntimeException e) {
        LOG.error(
            "Reconciling {} {} failed; the next pass retries",
            run.kind().wireName(),
            run.uuid(),
            e);
      } finally {
        MDC.remove("run");
      }
    }
    // Executions of runs that are finished (stopped, deleted) must not keep running.
    for (Execution orphan : executions.values()) {
      if (isLive(orphan)) {
        try {
          stopIfFinished(orphan);
        } catch (RuntimeException e) {
          // One execution that cannot be stopped must not keep the others running.
          LOG.error(
              "Stopping the execution of run {} failed; the next pass retries",
              orphan.runUuid(),
              e);
        }
      }
    }
  }

  /** The scope of the executor this reconciler drives: the runs it may claim. */
  public String scope() {
    return executor.scope();
  }

  /**
   * A pass over these runs only, for the tasks a scheduler claimed: the same convergence as a full
   * pass, without listing every execution. A run deleted since its task was queued is left to the
   * next full pass, which stops whatever still runs for it.
   *
   * @return the runs whose reconciliation failed, to be tried again
   */
  public Set<Long> reconcile(Collection<Long> runIds) {
    Set<Long> failed = new HashSet<>();
    for (long runId : new LinkedHashSet<>(runIds)) {
      try {
        store
            .findById(runId)
            .filter(run -> EXECUTED.contains(run.kind()))
            .ifPresent(this::reconcileOne);
      } catch (RuntimeException e) {
        LOG.error("Reconciling run {} failed; its task is retried", runId, e);
        failed.add(runId);
      }
    }
    return failed;
  }

  private void reconcileOne(Run run) {
    MDC.put("run", run.uuid());
    try {
      Optional<Execution> execution = executor.inspect(run.uuid());
      if (!run.kind().machine().isDone(run.status())) {
        reconcile(run, execution);
      } else if (execution.isPresent() && isLive(execution.get())) {
        stopExecution(run.uuid());
      }
    } finally {
      MDC.remove("run");
    }
  }

  private static boolean isLive(Execution execution) {
    return execution.phase() == ExecutionPhase.RUNNING
        || execution.phase() == ExecutionPhase.PENDING;
  }

  private void stopIfFinished(Execution orphan) {
    Optional<Run> run = store.findByUuid(orphan.runUuid());
    if (run.isEmpty() || run.get().kind().machine().isDone(run.get().status())) {
      stopExecution(orphan.runUuid());
    }
  }

  private void stopExecution(String runUuid) {
    LOG.info("Stopping the execution of finished or deleted run {}", runUuid);
    executor.stop(runUuid, stopGrace);
  }

  private void reconcile(Run run, Optional<Execution> execution) {
    if (execution.isEmpty()) {
      Optional<String> zombie = heartbeats.zombie(run);
      if (zombie.isPresent()) {
        LOG.warn("Run {} is failed: {}", run.uuid(), zombie.get());
        move(run, Status.FAILED, StatusReason.HEARTBEAT_LOST, zombie.get());
      } else {
        start(run);
      }
      return;
    }
    ExecutionStatus.of(execution.get())
        .filter(target -> target.status() != run.status())
        .ifPresent(target -> follow(run, target, execution.get()));
  }

  private void start(Run listed) {
    if (!store.claim(listed.id(), executor.scope())) {
      // Another scheduler, with processes this one cannot see, took it between list and claim.
      return;
    }
    // Read again once claimed: a run stopped since it was listed must not start. (A stop between
    // here and the start is caught by the next full pass, which stops the execution.)
    Optional<Run> claimed = store.findById(listed.id());
    if (claimed.isEmpty() || claimed.get().kind().machine().isDone(claimed.get().status())) {
      return;
    }
    Run run = claimed.get();
    Launch launch;
    try {
      launch = planner.apply(run);
    } catch (RuntimeException e) {
      // Planning is deterministic (the file, the declarations, the paths): retrying would fail
      // the same way every pass, so the run fails with the reason.
      LOG.info("Run {} cannot start: {}", run.uuid(), e.getMessage());
      move(run, Status.FAILED, StatusReason.CANNOT_START, e.getMessage());
      return;
    }
    executor.start(launch);
    Run current =
        run.status() == Status.CREATED
            ? move(run, Status.SCHEDULED, StatusReason.SCHEDULED, null)
            : run;
    // Follow at once: a local process is running as soon as it is started, and waiting for the
    // next pass would delay `running` by a polling interval.
    executor
        .inspect(run.uuid())
        .ifPresent(
            execution ->
                ExecutionStatus.of(execution)
                    .filter(target -> target.status() != current.status())
                    .ifPresent(target -> follow(current, target, execution)));
  }

  /** Moves the run to the executor's view when its machine allows it from where it is. */
  private void follow(Run run, ExecutionStatus.Target target, Execution execution) {
    if (ranToAnEnd(execution) && run.kind().machine().allows(run.status(), Status.RUNNING)) {
      // A process that exited between two passes did run: the history says so, rather than
      // going from scheduled straight to its end.
      run = move(run, Status.RUNNING, StatusReason.PROCESS_RUNNING, null);
    }
    if (run.kind().machine().allows(run.status(), target.status())) {
      move(run, target.status(), target.reason(), target.message());
    } else {
      LOG.debug(
          "Run {} is {}; the executor says {}: no transition",
          run.uuid(),
          run.status().wireName(),
          target.status().wireName());
    }
  }

  private static boolean ranToAnEnd(Execution execution) {
    return (execution.phase() == ExecutionPhase.SUCCEEDED
            || execution.phase() == ExecutionPhase.FAILED)
        && execution.exitCode().isPresent();
  }

  /** Moves the run and returns it as it is now, moved or, if someone else was first, as is. */
  private Run move(Run run, Status to, StatusReason reason, String message) {
    try {
      return runs.transition(run, new StatusUpdate(to, reason, message), null);
    } catch (IllegalTransitionException e) {
      // Someone else moved the run first (a user stopped it); the next pass sees the new state.
      LOG.debug("Run {} changed concurrently: {}", run.uuid(), e.getMessage());
      return store.findByUuid(run.uuid()).orElse(run);
    }
  }
}
