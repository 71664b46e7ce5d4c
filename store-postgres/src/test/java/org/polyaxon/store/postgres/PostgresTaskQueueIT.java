package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.scheduler.SchedulerTask;
import org.polyaxon.testing.FreshDatabase;

/** The scheduler's work queue: claims, leases, scopes and concurrent schedulers. */
class PostgresTaskQueueIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Instant AT = Instant.parse("2024-06-01T00:00:00Z");
  private static final Set<RunKind> EXECUTED = Set.of(RunKind.EXPERIMENT, RunKind.JOB);
  private static final Duration LEASE = Duration.ofMinutes(5);

  private Jdbi jdbi;
  private PostgresRunStore store;
  private PostgresTaskQueue queue;
  private User user;
  private Project project;

  @BeforeEach
  void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    jdbi = Jdbi.create(DB.dataSource());
    // The tests of this class share its database; each starts from an empty queue.
    jdbi.useHandle(handle -> handle.execute("DELETE FROM tasks"));
    store = new PostgresRunStore(jdbi);
    queue = new PostgresTaskQueue(jdbi);
    user = StoreFixtures.user(jdbi, "u", AT);
    project = StoreFixtures.project(jdbi, user, "p", AT);
  }

  private Run create(RunKind kind) {
    return StoreFixtures.created(store, project, user, kind, AT);
  }

  @Test
  void aCreatedRunIsClaimedOnceUntilItsLeaseEndsAndThenAgainUntilCompleted() {
    Run run = create(RunKind.EXPERIMENT);

    List<SchedulerTask> first = queue.claim(EXECUTED, "a", 10, LEASE);
    assertThat(first)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.kind()).isEqualTo(Runs.TASK_START);
              assertThat(task.runId()).isEqualTo(run.id());
              assertThat(task.attempts()).isEqualTo(1);
            });
    assertThat(queue.claim(EXECUTED, "a", 10, LEASE)).isEmpty();

    // A scheduler that held it and died: once the lease is over, the task is due again.
    jdbi.useHandle(handle -> handle.execute("UPDATE tasks SET not_before = now() - interval '1s'"));
    List<SchedulerTask> again = queue.claim(EXECUTED, "b", 10, LEASE);
    assertThat(again).extracting(SchedulerTask::id).containsExactly(first.get(0).id());
    assertThat(again.get(0).attempts()).isEqualTo(2);

    queue.complete(List.of(again.get(0).id()));
    jdbi.useHandle(handle -> handle.execute("UPDATE tasks SET not_before = now() - interval '1s'"));
    assertThat(queue.claim(EXECUTED, "b", 10, LEASE)).isEmpty();
  }

  @Test
  void aStopIsQueuedWithTheStatusChangeAndTheRunsOfAnotherScopeAreLeftToIt() {
    Run mine = create(RunKind.JOB);
    Run theirs = create(RunKind.JOB);
    assertThat(store.claim(mine.id(), "a")).isTrue();
    assertThat(store.claim(theirs.id(), "b")).isTrue();
    jdbi.useHandle(handle -> handle.execute("DELETE FROM tasks"));

    new Runs(store, new PostgresCodeReferenceStore(jdbi), java.time.Clock.systemUTC())
        .stop(store.findById(mine.id()).orElseThrow());
    new Runs(store, new PostgresCodeReferenceStore(jdbi), java.time.Clock.systemUTC())
        .stop(store.findById(theirs.id()).orElseThrow());

    assertThat(queue.claim(EXECUTED, "a", 10, LEASE))
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.kind()).isEqualTo(Runs.TASK_STOP);
              assertThat(task.runId()).isEqualTo(mine.id());
            });
    assertThat(queue.claim(EXECUTED, "b", 10, LEASE))
        .extracting(SchedulerTask::runId)
        .containsExactly(theirs.id());
  }

  @Test
  void onlyTheKindsAskedForAreClaimedAtMostMaxAtATimeOldestFirst() {
    Run group = create(RunKind.GROUP);
    List<Long> jobs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      jobs.add(create(RunKind.JOB).id());
    }

    assertThat(queue.claim(EXECUTED, "a", 2, LEASE))
        .extracting(SchedulerTask::runId)
        .containsExactly(jobs.get(0), jobs.get(1));
    assertThat(queue.claim(EXECUTED, "a", 2, LEASE))
        .extracting(SchedulerTask::runId)
        .containsExactly(jobs.get(2));
    assertThat(queue.claim(Set.of(RunKind.GROUP), "a", 2, LEASE))
        .extracting(SchedulerTask::runId)
        .containsExactly(group.id());
  }

  @Test
  void schedulersClaimingAtOnceNeverGetTheSameTask() throws Exception {
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      created.add(create(RunKind.EXPERIMENT).id());
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Long>>> claims = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        Callable<List<Long>> scheduler =
            () -> {
              go.await();
              List<Long> claimed = new ArrayList<>();
              List<SchedulerTask> batch;
              while (!(batch = queue.claim(EXECUTED, "shared", 7, LEASE)).isEmpty()) {
                batch.forEach(task -> claimed.add(task.runId()));
              }
              return claimed;
            };
        claims.add(threads.submit(scheduler));
      }
      go.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> claim : claims) {
        all.addAll(claim.get());
      }
      assertThat(all).containsExactlyInAnyOrderElementsOf(created);
    } finally {
      threads.shutdownNow();
    }
  }
}
