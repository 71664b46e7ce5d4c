package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.run.StatusUpdate;
import org.polyaxon.core.scheduler.HeartbeatPolicy;
import org.polyaxon.core.scheduler.Reconciler;
import org.polyaxon.core.status.Status;
import org.polyaxon.store.postgres.ReconcilerIT.ScriptedExecutor;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/** Heartbeats in {@code runs.heartbeat_at}, and the reconciler failing silent, unseen runs. */
class HeartbeatReconcilerIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Duration TTL = Duration.ofSeconds(300);

  private final MutableClock clock = MutableClock.at("2024-06-01T00:00:00Z");
  private PostgresRunStore store;
  private PostgresHeartbeatStore heartbeats;
  private ScriptedExecutor executor;
  private Reconciler reconciler;
  private Project project;
  private User user;

  @BeforeEach
  void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    Jdbi jdbi = Jdbi.create(DB.dataSource());
    store = new PostgresRunStore(jdbi);
    heartbeats = new PostgresHeartbeatStore(jdbi);
    executor = new ScriptedExecutor("heartbeats-" + UUID.randomUUID());
    reconciler =
        new Reconciler(
            store,
            new Runs(store, new PostgresCodeReferenceStore(jdbi), clock),
            executor,
            StoreFixtures::echoLaunch,
            Duration.ofSeconds(5),
            new HeartbeatPolicy(TTL, clock));
    user = StoreFixtures.user(jdbi, "u", clock.instant());
    project = StoreFixtures.project(jdbi, user, "p", clock.instant());
  }

  /** A run the reconciler started and saw running, whose execution then vanished. */
  private Run runningThenUnseen() {
    Run run = running();
    executor.remove(run.uuid());
    return run;
  }

  /** A run the reconciler started and saw running. */
  private Run running() {
    Run run = StoreFixtures.created(store, project, user, RunKind.EXPERIMENT, clock.instant());
    reconciler.reconcile();
    executor.set(run.uuid(), ExecutionPhase.RUNNING, null);
    reconciler.reconcile();
    assertThat(current(run).status()).isEqualTo(Status.RUNNING);
    return run;
  }

  /** The class's tests share one database, so each counts the launches of its own runs. */
  private long launchesOf(Run run) {
    synchronized (executor) {
      return executor.launches.stream().filter(l -> l.runUuid().equals(run.uuid())).count();
    }
  }

  private Run current(Run run) {
    return store.findByUuid(run.uuid()).orElseThrow();
  }

  @Test
  void aRunSilentPastTheTtlWithoutAnExecutionFailsAsAZombie() {
    Run run = runningThenUnseen();
    assertThat(heartbeats.beat(run.id(), clock.instant())).isTrue();
    clock.advance(TTL.plusSeconds(1));

    reconciler.reconcile();

    Run zombie = current(run);
    assertThat(zombie.status()).isEqualTo(Status.FAILED);
    assertThat(zombie.statusMessage())
        .isEqualTo(
            "zombie: no heartbeat for 301 s (ttl.heartbeat is 300 s) and the executor has no"
                + " process for it");
    assertThat(zombie.finishedAt()).isNotNull();
    assertThat(store.statuses(run.id()).get(store.statuses(run.id()).size() - 1).reason())
        .isEqualTo(StatusReason.HEARTBEAT_LOST);
    assertThat(launchesOf(run)).isEqualTo(1);
  }

  @Test
  void aRecentHeartbeatOrNoneLeavesTheRunToBeStartedAgainAsBefore() {
    Run beating = running();
    heartbeats.beat(beating.id(), clock.instant());
    Run silentSinceEver = running();
    executor.remove(beating.uuid());
    executor.remove(silentSinceEver.uuid());
    clock.advance(TTL);

    reconciler.reconcile();

    assertThat(current(beating).status()).isEqualTo(Status.RUNNING);
    assertThat(current(silentSinceEver).status()).isEqualTo(Status.RUNNING);
    assertThat(launchesOf(beating)).isEqualTo(2);
    assertThat(launchesOf(silentSinceEver)).isEqualTo(2);
  }

  @Test
  void aRunWhoseExecutionIsVisibleIsNeverAZombie() {
    Run run = runningThenUnseen();
    heartbeats.beat(run.id(), clock.instant());
    executor.set(run.uuid(), ExecutionPhase.RUNNING, null);
    clock.advance(TTL.multipliedBy(10));

    reconciler.reconcile();

    assertThat(current(run).status()).isEqualTo(Status.RUNNING);
  }

  @Test
  void heartbeatsNeverGoBackInTimeAndAreIgnoredOnceTheRunFinished() {
    Run run = runningThenUnseen();
    Instant first = clock.instant();
    heartbeats.beat(run.id(), first);
    heartbeats.beat(run.id(), first.minusSeconds(30));
    assertThat(current(run).heartbeatAt()).isEqualTo(first);

    new Runs(store, new PostgresCodeReferenceStore(Jdbi.create(DB.dataSource())), clock)
        .transition(
            current(run),
            new StatusUpdate(Status.SUCCEEDED, StatusReason.REPORTED_BY_RUN, null),
            null);
    assertThat(heartbeats.beat(run.id(), first.plusSeconds(30))).isFalse();
    assertThat(current(run).heartbeatAt()).isEqualTo(first);
  }
}
