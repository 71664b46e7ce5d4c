package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Executor;
import org.polyaxon.core.executor.Launch;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.run.StatusChange;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.scheduler.Reconciler;
import org.polyaxon.core.status.Status;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/** The reconciler against the real store, with an executor whose view the test sets. */
class ReconcilerIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final MutableClock CLOCK = MutableClock.at("2024-06-01T00:00:00Z");

  private PostgresRunStore store;
  private Runs runs;
  private ScriptedExecutor executor;
  private Reconciler reconciler;
  private User user;
  private Project project;
  private boolean planFails;

  /** An executor whose executions the test moves by hand; starting is idempotent by UUID. */
  static final class ScriptedExecutor implements Executor {
    final Map<String, Execution> executions = new ConcurrentHashMap<>();
    final List<Launch> launches = new ArrayList<>();
    final List<String> stops = new ArrayList<>();
    final Set<String> unstoppable = ConcurrentHashMap.newKeySet();
    private final String scope;

    ScriptedExecutor(String scope) {
      this.scope = scope;
    }

    @Override
    public String scope() {
      return scope;
    }

    @Override
    public synchronized void start(Launch launch) {
      if (executions.putIfAbsent(
              launch.runUuid(),
              new Execution(
                  launch.runUuid(),
                  ExecutionPhase.PENDING,
                  OptionalInt.empty(),
                  "",
                  Instant.EPOCH,
                  null))
          == null) {
        launches.add(launch);
      }
    }

    @Override
    public Optional<Execution> inspect(String runUuid) {
      return Optional.ofNullable(executions.get(runUuid));
    }

    @Override
    public List<Execution> list() {
      return List.copyOf(executions.values());
    }

    @Override
    public synchronized void stop(String runUuid, Duration grace) {
      if (unstoppable.contains(runUuid)) {
        throw new UncheckedIOException(new IOException("cannot record the stop of " + runUuid));
      }
      stops.add(runUuid);
    }

    @Override
    public void remove(String runUuid) {
      executions.remove(runUuid);
    }

    void set(String uuid, ExecutionPhase phase, Integer exitCode) {
      executions.put(
          uuid,
          new Execution(
              uuid,
              phase,
              exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode),
              "",
              Instant.EPOCH,
              null));
    }
  }

  @BeforeEach
  void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    Jdbi jdbi = Jdbi.create(DB.dataSource());
    store = new PostgresRunStore(jdbi);
    runs = new Runs(store, new PostgresCodeReferenceStore(jdbi), CLOCK);
    // A scope of its own per test: runs other tests left unfinished belong to their scopes.
    executor = new ScriptedExecutor("machine-a-" + UUID.randomUUID());
    planFails = false;
    reconciler = new Reconciler(store, runs, executor, this::plan, Duration.ofSeconds(5));
    user = StoreFixtures.user(jdbi, "u", CLOCK.instant());
    project = StoreFixtures.project(jdbi, user, "p", CLOCK.instant());
  }

  private Launch plan(Run run) {
    if (planFails) {
      throw new InvalidInputException("Volume with name `missing` was not found");
    }
    return StoreFixtures.echoLaunch(run);
  }

  private Run create(RunKind kind) {
    return StoreFixtures.created(store, project, user, kind, CLOCK.instant());
  }

  private Status statusOf(Run run) {
    return store.findByUuid(run.uuid()).orElseThrow().status();
  }

  @Test
  void aCreatedRunIsStartedOnceAndFollowsItsExecutionToSuccess() {
    Run run = create(RunKind.EXPERIMENT);

    reconciler.reconcile();
    reconciler.reconcile();
    assertThat(executor.launches).extracting(Launch::runUuid).containsExactly(run.uuid());
    assertThat(statusOf(run)).isEqualTo(Status.SCHEDULED);

    executor.set(run.uuid(), ExecutionPhase.RUNNING, null);
    reconciler.reconcile();
    assertThat(statusOf(run)).isEqualTo(Status.RUNNING);

    executor.set(run.uuid(), ExecutionPhase.SUCCEEDED, 0);
    reconciler.reconcile();
    Run done = store.findByUuid(run.uuid()).orElseThrow();
    assertThat(done.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(done.finishedAt()).isNotNull();
    assertThat(store.statuses(run.id()))
        .extracting(s -> s.status())
        .containsExactly(Status.CREATED, Status.SCHEDULED, Status.RUNNING, Status.SUCCEEDED);
    assertThat(reasonsOf(run))
        .containsExactly(
            StatusReason.CREATED,
            StatusReason.SCHEDULED,
            StatusReason.PROCESS_RUNNING,
            StatusReason.PROCESS_EXITED);
  }

  @Test
  void aProcessThatExitedBetweenTwoPassesIsRecordedAsHavingRun() {
    Run run = create(RunKind.EXPERIMENT);
    reconciler.reconcile();

    executor.set(run.uuid(), ExecutionPhase.SUCCEEDED, 0);
    reconciler.reconcile();

    assertThat(store.statuses(run.id()))
        .extracting(s -> s.status())
        .containsExactly(Status.CREATED, Status.SCHEDULED, Status.RUNNING, Status.SUCCEEDED);
  }

  @Test
  void anExecutionThatNeverStartedDoesNotPretendItRan() {
    Run run = create(RunKind.JOB);
    reconciler.reconcile();

    executor.set(run.uuid(), ExecutionPhase.FAILED, null);
    reconciler.reconcile();

    assertThat(store.statuses(run.id()))
        .extracting(s -> s.status())
        .containsExactly(Status.CREATED, Status.SCHEDULED, Status.FAILED);
    assertThat(reasonsOf(run).get(2)).isEqualTo(StatusReason.CANNOT_START);
  }

  @Test
  void aSchedulerLeavesAloneTheRunsAnotherScopeStarted() {
    ScriptedExecutor otherMachine = new ScriptedExecutor("machine-b-" + UUID.randomUUID());
    Reconciler other = new Reconciler(store, runs, otherMachine, this::plan, Duration.ofSeconds(5));
    Run run = create(RunKind.EXPERIMENT);

    reconciler.reconcile();
    executor.set(run.uuid(), ExecutionPhase.RUNNING, null);
    other.reconcile();
    reconciler.reconcile();
    other.reconcile();

    assertThat(executor.launches).extracting(Launch::runUuid).containsExactly(run.uuid());
    assertThat(otherMachine.launches).isEmpty();
    assertThat(statusOf(run)).isEqualTo(Status.RUNNING);
  }

  @Test
  void schedulersRacingOnOneDatabaseStartEachRunOnce() throws Exception {
    ScriptedExecutor otherMachine = new ScriptedExecutor("machine-b-" + UUID.randomUUID());
    Reconciler other = new Reconciler(store, runs, otherMachine, this::plan, Duration.ofSeconds(5));
    List<Run> created = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      created.add(create(RunKind.JOB));
    }

    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> passes = new ArrayList<>();
      for (Reconciler scheduler : List.of(reconciler, other)) {
        passes.add(
            threads.submit(
                () -> {
                  go.await();
                  scheduler.reconcile();
                  return null;
                }));
      }
      go.countDown();
      for (java.util.concurrent.Future<?> pass : passes) {
        pass.get();
      }
    } finally {
      threads.shutdownNow();
    }

    List<String> launched = new ArrayList<>();
    executor.launches.forEach(launch -> launched.add(launch.runUuid()));
    otherMachine.launches.forEach(launch -> launched.add(launch.runUuid()));
    assertThat(launched)
        .containsExactlyInAnyOrderElementsOf(created.stream().map(Run::uuid).toList());
  }

  @Test
  void aFailedExecutionFailsTheRunWithItsExitCode() {
    Run run = create(RunKind.JOB);
    reconciler.reconcile();

    executor.set(run.uuid(), ExecutionPhase.FAILED, 2);
    reconciler.reconcile();

    Run failed = store.findByUuid(run.uuid()).orElseThrow();
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.statusMessage()).isEqualTo("exit code 2");
    assertThat(reasonsOf(run).get(reasonsOf(run).size() - 1))
        .isEqualTo(StatusReason.PROCESS_EXITED);
  }

  @Test
  void aProcessEndedByASignalFailsTheRunAsKilled() {
    Run run = create(RunKind.JOB);
    reconciler.reconcile();
    executor.set(run.uuid(), ExecutionPhase.RUNNING, null);
    reconciler.reconcile();

    executor.set(run.uuid(), ExecutionPhase.FAILED, 137);
    reconciler.reconcile();

    assertThat(store.findByUuid(run.uuid()).orElseThrow().statusMessage())
        .isEqualTo("exit code 137");
    assertThat(reasonsOf(run))
        .containsExactly(
            StatusReason.CREATED,
            StatusReason.SCHEDULED,
            StatusReason.PROCESS_RUNNING,
            StatusReason.PROCESS_KILLED);
  }

  @Test
  void aRunStoppedByItsUserHasItsExecutionStopped() {
    Run run = create(RunKind.EXPERIMENT);
    reconciler.reconcile();
    executor.set(run.uuid(), ExecutionPhase.RUNNING, null);
    reconciler.reconcile();

    runs.stop(store.findByUuid(run.uuid()).orElseThrow());
    reconciler.reconcile();

    assertThat(executor.stops).containsExactly(run.uuid());
    assertThat(statusOf(run)).isEqualTo(Status.STOPPED);
    assertThat(reasonsOf(run).get(reasonsOf(run).size() - 1))
        .isEqualTo(StatusReason.STOPPED_BY_USER);
  }

  @Test
  void anExecutionThatCannotBeStoppedDoesNotKeepTheOthersRunning() {
    List<Run> stopped = List.of(create(RunKind.EXPERIMENT), create(RunKind.JOB));
    reconciler.reconcile();
    for (Run run : stopped) {
      executor.set(run.uuid(), ExecutionPhase.RUNNING, null);
    }
    reconciler.reconcile();
    // Whichever the pass meets first fails to stop: the other is stopped all the same.
    for (Run run : stopped) {
      executor.unstoppable.add(run.uuid());
      executor.stops.clear();
      for (Run each : stopped) {
        Run current = store.findByUuid(each.uuid()).orElseThrow();
        if (!current.kind().machine().isDone(current.status())) {
          runs.stop(current);
        }
      }

      reconciler.reconcile();

      assertThat(executor.stops)
          .containsExactlyElementsOf(
              stopped.stream().map(Run::uuid).filter(uuid -> !uuid.equals(run.uuid())).toList());
      executor.unstoppable.clear();
    }
  }

  @Test
  void aRunThatCannotBePlannedFailsWithTheReason() {
    planFails = true;
    Run run = create(RunKind.JOB);

    reconciler.reconcile();

    Run failed = store.findByUuid(run.uuid()).orElseThrow();
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.statusMessage()).isEqualTo("Volume with name `missing` was not found");
    assertThat(reasonsOf(run)).containsExactly(StatusReason.CREATED, StatusReason.CANNOT_START);
    assertThat(executor.launches).isEmpty();
  }

  private List<StatusReason> reasonsOf(Run run) {
    return store.statuses(run.id()).stream().map(StatusChange::reason).toList();
  }

  @Test
  void aRestartedSchedulerReattachesInsteadOfStartingAgain() {
    Run run = create(RunKind.EXPERIMENT);
    reconciler.reconcile();
    executor.set(run.uuid(), ExecutionPhase.RUNNING, null);

    Reconciler afterRestart =
        new Reconciler(store, runs, executor, this::plan, Duration.ofSeconds(5));
    afterRestart.reconcile();

    assertThat(executor.launches).hasSize(1);
    assertThat(statusOf(run)).isEqualTo(Status.RUNNING);
  }

  @Test
  void aPassOverTheRunsOfClaimedTasksStartsAndStopsThemAsAFullPassWould() {
    Run started = create(RunKind.EXPERIMENT);
    Run other = create(RunKind.JOB);

    assertThat(reconciler.reconcile(List.of(started.id(), started.id()))).isEmpty();

    assertThat(executor.launches).extracting(Launch::runUuid).containsExactly(started.uuid());
    assertThat(statusOf(started)).isEqualTo(Status.SCHEDULED);
    assertThat(statusOf(other)).isEqualTo(Status.CREATED);

    executor.set(started.uuid(), ExecutionPhase.RUNNING, null);
    reconciler.reconcile(List.of(started.id()));
    assertThat(statusOf(started)).isEqualTo(Status.RUNNING);

    runs.stop(store.findByUuid(started.uuid()).orElseThrow());
    reconciler.reconcile(List.of(started.id()));
    assertThat(executor.stops).containsExactly(started.uuid());
    // Started here, so that no later full pass of this class's tests meets it unclaimed.
    reconciler.reconcile(List.of(other.id()));
    assertThat(statusOf(other)).isEqualTo(Status.SCHEDULED);
  }

  @Test
  void aRunThatCannotBeReconciledIsReportedAndADeletedOneIsNot() {
    Run stuck = create(RunKind.EXPERIMENT);
    Run gone = create(RunKind.JOB);
    reconciler.reconcile(List.of(stuck.id()));
    executor.set(stuck.uuid(), ExecutionPhase.RUNNING, null);
    runs.stop(store.findByUuid(stuck.uuid()).orElseThrow());
    executor.unstoppable.add(stuck.uuid());
    store.delete(gone.id());

    assertThat(reconciler.reconcile(List.of(stuck.id(), gone.id()))).containsExactly(stuck.id());
    assertThat(executor.launches).extracting(Launch::runUuid).containsExactly(stuck.uuid());
  }
}
