package org.polyaxon.server.scheduler;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.Executor;
import org.polyaxon.core.executor.Launch;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.scheduler.Reconciler;
import org.polyaxon.store.postgres.DatabaseMigrator;
import org.polyaxon.store.postgres.PostgresCodeReferenceStore;
import org.polyaxon.store.postgres.PostgresRunStore;
import org.polyaxon.store.postgres.PostgresTaskQueue;
import org.polyaxon.store.postgres.TaskWakeups;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/** The scheduler's thread outlives whatever a pass throws. */
class SchedulerLoopIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();

  /** An executor with no runs whose first listings fail as a starved JVM would. */
  static final class FailingExecutor implements Executor {
    final AtomicInteger listings = new AtomicInteger();

    @Override
    public String scope() {
      return "loop-test";
    }

    @Override
    public void start(Launch launch) {
      throw new AssertionError("there is no run to start");
    }

    @Override
    public Optional<Execution> inspect(String runUuid) {
      return Optional.empty();
    }

    @Override
    public List<Execution> list() {
      int listing = listings.incrementAndGet();
      if (listing == 1) {
        throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
      }
      if (listing == 2) {
        throw new IllegalStateException("cannot list the runs");
      }
      return List.of();
    }

    @Override
    public void stop(String runUuid, Duration grace) {}

    @Override
    public void remove(String runUuid) {}
  }

  @Test
  void aPassThatThrowsAnErrorOrAnExceptionIsRetried() {
    DatabaseMigrator.migrate(DB.dataSource());
    Jdbi jdbi = Jdbi.create(DB.dataSource());
    PostgresRunStore store = new PostgresRunStore(jdbi);
    MutableClock clock = MutableClock.at("2024-06-01T00:00:00Z");
    FailingExecutor executor = new FailingExecutor();
    Reconciler reconciler =
        new Reconciler(
            store,
            new Runs(store, new PostgresCodeReferenceStore(jdbi), clock),
            executor,
            run -> {
              throw new AssertionError("there is no run to plan");
            },
            Duration.ofSeconds(1));
    TaskWakeups wakeups = TaskWakeups.listen(DB.jdbcUrl(), "postgres", "");

    try (SchedulerLoop loop =
        new SchedulerLoop(
                reconciler, new PostgresTaskQueue(jdbi), wakeups, Duration.ofMillis(20), () -> {})
            .start()) {
      // A third listing means the loop went on after the error and after the exception.
      await().atMost(Duration.ofSeconds(30)).until(() -> executor.listings.get() >= 3);
    }
  }
}
