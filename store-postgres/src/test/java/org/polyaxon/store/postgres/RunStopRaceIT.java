package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.run.StatusUpdate;
import org.polyaxon.core.status.Status;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/**
 * A user's stop, archive or delete racing the scheduler, which moves a run it is starting through
 * several statuses within milliseconds. Each compare-and-set of the user's change is preceded here
 * by one step of the scheduler, the worst interleaving.
 */
class RunStopRaceIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final MutableClock CLOCK = MutableClock.at("2024-06-01T00:00:00Z");

  private PostgresRunStore store;
  private Project project;
  private User user;

  /** What the scheduler does before each of the user's changes, one step each. */
  private final Deque<Status> schedulerSteps = new ArrayDeque<>();

  private Runs runs;

  @BeforeEach
  void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    Jdbi jdbi = Jdbi.create(DB.dataSource());
    store = new PostgresRunStore(jdbi);
    runs = new Runs(racingScheduler(store), new PostgresCodeReferenceStore(jdbi), CLOCK);
    user = StoreFixtures.user(jdbi, "u", CLOCK.instant());
    project = StoreFixtures.project(jdbi, user, "p", CLOCK.instant());
  }

  /** The store, where every status change is beaten by the scheduler's next step. */
  private RunStore racingScheduler(RunStore real) {
    return (RunStore)
        Proxy.newProxyInstance(
            RunStore.class.getClassLoader(),
            new Class<?>[] {RunStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("transition") && !schedulerSteps.isEmpty()) {
                long runId = (Long) args[0];
                Status now = real.findById(runId).orElseThrow().status();
                Status next = schedulerSteps.pop();
                real.transition(
                    runId,
                    now,
                    new StatusUpdate(next, StatusReason.SCHEDULED, "", null, null),
                    null,
                    CLOCK.instant());
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private Run created() {
    return StoreFixtures.created(store, project, user, RunKind.EXPERIMENT, CLOCK.instant());
  }

  @Test
  void aStopWinsOverARunThatTheSchedulerIsStarting() {
    Run run = created();
    schedulerSteps.addAll(List.of(Status.SCHEDULED, Status.STARTING, Status.RUNNING));

    Run stopped = runs.stop(run);

    assertThat(stopped.status()).isEqualTo(Status.STOPPED);
    assertThat(runs.statuses(run))
        .extracting(change -> change.status())
        .containsExactly(
            Status.CREATED, Status.SCHEDULED, Status.STARTING, Status.RUNNING, Status.STOPPED);
  }

  @Test
  void archivingARunThatFinishedMeanwhileArchivesItAsItEnded() {
    Run run = created();
    schedulerSteps.addAll(List.of(Status.SCHEDULED, Status.RUNNING, Status.SUCCEEDED));

    Run archived = runs.archive(run);

    assertThat(archived.archived()).isTrue();
    assertThat(archived.status()).isEqualTo(Status.SUCCEEDED);
  }

  @Test
  void stoppingARunThatFinishedMeanwhileSaysHowItEnded() {
    Run run = created();
    schedulerSteps.addAll(List.of(Status.RUNNING, Status.FAILED));

    assertThatThrownBy(() -> runs.stop(run))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The experiment is already failed");
  }
}
