package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.Page;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.code.CodeReference;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.core.project.RunCounts;
import org.polyaxon.core.run.CloningStrategy;
import org.polyaxon.core.run.ReportedCode;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunAttributes;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunLocations;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.run.StatusChange;
import org.polyaxon.core.run.StatusReason;
import org.polyaxon.core.run.StatusUpdate;
import org.polyaxon.core.run.query.RunQuery;
import org.polyaxon.core.run.query.RunQueryParser;
import org.polyaxon.core.status.Status;
import org.polyaxon.testing.FreshDatabase;

class PostgresRunStoreIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Instant T0 = Instant.parse("2024-04-01T10:00:00Z");
  private static Jdbi jdbi;
  private static PostgresRunStore runs;
  private static User user;
  private static Project project;

  @BeforeAll
  static void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    jdbi = Jdbi.create(DB.dataSource());
    runs = new PostgresRunStore(jdbi);
    user =
        new PostgresUserStore(jdbi).create(new NewUser("ada", "ada@example.com", false), "x", T0);
    project =
        new PostgresProjectStore(jdbi)
            .create(user.id(), new NewProject("mnist", "", List.of(), true), uuid(), T0);
  }

  private static String uuid() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static NewRun newRun(RunKind kind) {
    return newRun(kind, project.id(), RunAttributes.NONE);
  }

  private static NewRun newRun(RunKind kind, long projectId, RunAttributes attributes) {
    return new NewRun(
        uuid(),
        projectId,
        kind,
        user.id(),
        null,
        null,
        "d",
        List.of("a", "b"),
        "{\"version\": 1, \"kind\": \"" + kind.wireName() + "\"}",
        Map.of("lr", 0.1, "layers", 3),
        null,
        null,
        null,
        attributes);
  }

  @Test
  void numbersCountPerProjectAndKindAndEverythingRoundTrips() {
    Run first = runs.create(newRun(RunKind.EXPERIMENT), Status.CREATED, "start", T0);
    Run second = runs.create(newRun(RunKind.EXPERIMENT), Status.CREATED, null, T0);
    Run job = runs.create(newRun(RunKind.NOTEBOOK), Status.CREATED, null, T0);

    assertThat(second.number()).isEqualTo(first.number() + 1);
    assertThat(job.number()).isEqualTo(1);
    assertThat(runs.find(project.id(), RunKind.EXPERIMENT, first.number())).contains(first);
    assertThat(runs.findByUuid(job.uuid())).contains(job);
    assertThat(first.declarations()).containsEntry("lr", 0.1).containsEntry("layers", 3);
    assertThat(first.tags()).containsExactly("a", "b");
    assertThat(first.username()).isEqualTo("ada");
    assertThat(first.groupId()).isNull();
    assertThat(first.content()).contains("\"kind\": \"experiment\"");
    assertThat(first.status()).isEqualTo(Status.CREATED);
    assertThat(runs.statuses(first.id()))
        .extracting(StatusChange::status)
        .containsExactly(Status.CREATED);
    assertThat(tasksOf(first.id())).containsExactly("start");
    assertThat(tasksOf(second.id())).isEmpty();
  }

  @Test
  void transitionsAreCompareAndSetAndStampStartAndFinish() {
    Run run = runs.create(newRun(RunKind.EXPERIMENT), Status.CREATED, null, T0);

    assertThat(runs.transition(run.id(), Status.CREATED, scheduled(), "launch", T0.plusSeconds(1)))
        .isTrue();
    assertThat(
            runs.transition(
                run.id(),
                Status.CREATED,
                new StatusUpdate(Status.STOPPED, StatusReason.STOPPED_BY_USER, null),
                null,
                T0))
        .isFalse();
    assertThat(
            runs.transition(
                run.id(),
                Status.SCHEDULED,
                new StatusUpdate(Status.RUNNING, StatusReason.PROCESS_RUNNING, null),
                null,
                T0.plusSeconds(2)))
        .isTrue();
    assertThat(
            runs.transition(
                run.id(),
                Status.RUNNING,
                new StatusUpdate(
                    Status.FAILED,
                    StatusReason.PROCESS_EXITED,
                    "exit code 2",
                    "trace",
                    Map.of("exit_code", 2)),
                null,
                T0.plusSeconds(9)))
        .isTrue();

    Run done = runs.findByUuid(run.uuid()).orElseThrow();
    assertThat(done.status()).isEqualTo(Status.FAILED);
    assertThat(done.statusMessage()).isEqualTo("exit code 2");
    assertThat(done.startedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(9));
    List<StatusChange> history = runs.statuses(run.id());
    assertThat(history)
        .extracting(StatusChange::status)
        .containsExactly(Status.CREATED, Status.SCHEDULED, Status.RUNNING, Status.FAILED);
    assertThat(history)
        .extracting(StatusChange::reason)
        .containsExactly(
            StatusReason.CREATED,
            StatusReason.SCHEDULED,
            StatusReason.PROCESS_RUNNING,
            StatusReason.PROCESS_EXITED);
    assertThat(history.get(3).traceback()).isEqualTo("trace");
    assertThat(history.get(3).details()).isEqualTo(Map.of("exit_code", 2));
    assertThat(history.get(0).details()).isNull();
    assertThat(history).extracting(StatusChange::id).isSorted().doesNotHaveDuplicates();
    assertThat(tasksOf(run.id())).containsExactly("launch");
  }

  @Test
  void oneEntryOfTheHistoryIsFoundByItsUuidOnlyUnderItsOwnRun() {
    Run run = runs.create(newRun(RunKind.JOB), Status.CREATED, null, T0);
    Run other = runs.create(newRun(RunKind.JOB), Status.CREATED, null, T0);
    StatusChange created = runs.statuses(run.id()).get(0);

    assertThat(runs.status(run.id(), created.uuid())).contains(created);
    assertThat(runs.status(other.id(), created.uuid())).isEmpty();
    assertThat(runs.status(run.id(), "0".repeat(32))).isEmpty();
  }

  @Test
  void aClonesHistoryStartsWithHowItWasMade() {
    Run first = runs.create(newRun(RunKind.JOB), Status.CREATED, null, T0);
    for (CloningStrategy strategy : CloningStrategy.values()) {
      Run clone = runs.create(cloneOf(first, strategy, null), Status.CREATED, null, T0);
      assertThat(runs.statuses(clone.id()).get(0).reason())
          .isEqualTo(StatusReason.ofCreation(strategy))
          .isNotEqualTo(StatusReason.CREATED);
    }
  }

  private static StatusUpdate scheduled() {
    return new StatusUpdate(Status.SCHEDULED, StatusReason.SCHEDULED, null);
  }

  @Test
  void ofConcurrentTransitionsFromOneStatusExactlyOneWins() throws Exception {
    Run run = runs.create(newRun(RunKind.JOB), Status.CREATED, null, T0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        attempts.add(() -> runs.transition(run.id(), Status.CREATED, scheduled(), "launch", T0));
      }
      long winners = 0;
      for (Future<Boolean> result : pool.invokeAll(attempts)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(runs.statuses(run.id())).hasSize(2);
    assertThat(tasksOf(run.id())).containsExactly("launch");
  }

  @Test
  void listsAreNewestFirstAndCounted() {
    Run a = runs.create(newRun(RunKind.BUILD), Status.CREATED, null, T0);
    Run b =
        runs.create(newRun(RunKind.BUILD), Status.CREATED, null, T0.plus(Duration.ofMinutes(1)));

    assertThat(runs.list(project.id(), RunKind.BUILD, 10, 0))
        .extracting(Run::id)
        .containsExactly(b.id(), a.id());
    assertThat(runs.list(project.id(), RunKind.BUILD, 1, 1))
        .extracting(Run::id)
        .containsExactly(a.id());
    assertThat(runs.count(project.id(), RunKind.BUILD)).isEqualTo(2);
  }

  private static List<String> tasksOf(long runId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT kind FROM tasks WHERE run_id = :run ORDER BY id")
                .bind("run", runId)
                .mapTo(String.class)
                .list());
  }

  private static NewRun cloneOf(Run original, CloningStrategy strategy, Long code) {
    NewRun base = newRun(original.kind());
    return new NewRun(
        base.uuid(),
        base.projectId(),
        base.kind(),
        base.userId(),
        null,
        null,
        "",
        List.of(),
        base.content(),
        base.declarations(),
        original.id(),
        strategy,
        code,
        RunAttributes.NONE);
  }

  @Test
  void clonesKnowTheirOriginalAndResumesWriteWhereTheChainStarted() {
    CodeReference code =
        new PostgresCodeReferenceStore(jdbi)
            .create(project.id(), "a".repeat(64), 10, user.id(), T0);
    Run first = runs.create(newRun(RunKind.JOB), Status.CREATED, null, T0);
    Run resumed =
        runs.create(cloneOf(first, CloningStrategy.RESUME, code.id()), Status.CREATED, null, T0);
    Run again =
        runs.create(cloneOf(resumed, CloningStrategy.RESUME, null), Status.CREATED, null, T0);
    Run copied = runs.create(cloneOf(again, CloningStrategy.COPY, null), Status.CREATED, null, T0);

    assertThat(first.isClone()).isFalse();
    assertThat(first.originalNumber()).isNull();
    assertThat(resumed.originalId()).isEqualTo(first.id());
    assertThat(resumed.originalNumber()).isEqualTo(first.number());
    assertThat(resumed.cloningStrategy()).isEqualTo(CloningStrategy.RESUME);
    assertThat(resumed.codeReferenceId()).isEqualTo(code.id());
    assertThat(runs.findById(resumed.id())).contains(resumed);

    RunLocations locations = new RunLocations(runs);
    RunPath firstPath = locations.own("ada", "mnist", first);
    assertThat(locations.outputs("ada", "mnist", again)).isEqualTo(firstPath);
    assertThat(locations.own("ada", "mnist", again)).isNotEqualTo(firstPath);
    assertThat(locations.outputs("ada", "mnist", copied))
        .isEqualTo(locations.own("ada", "mnist", copied));

    // The original's deletion keeps the clone, which then writes into its own directory.
    runs.delete(first.id());
    Run orphan = runs.findById(resumed.id()).orElseThrow();
    assertThat(orphan.originalId()).isNull();
    assertThat(orphan.cloningStrategy()).isEqualTo(CloningStrategy.RESUME);
    assertThat(locations.outputs("ada", "mnist", orphan))
        .isEqualTo(locations.own("ada", "mnist", orphan));
  }

  @Test
  void whatTheClientSaidAndTheCodeTheRunReportedRoundTrip() {
    Map<String, Object> runEnv = new java.util.LinkedHashMap<>();
    runEnv.put("python", "3.11");
    runEnv.put("gpu", null);
    RunAttributes said =
        new RunAttributes("# notes", "native", "pytorch", runEnv, Map.of("mnist", Map.of()));
    Run run = runs.create(newRun(RunKind.EXPERIMENT, project.id(), said), Status.CREATED, null, T0);

    assertThat(run.attributes()).isEqualTo(said);
    assertThat(run.reportedCode()).isNull();
    assertThat(runs.create(newRun(RunKind.JOB), Status.CREATED, null, T0).attributes())
        .isEqualTo(RunAttributes.NONE);
    ReportedCode code =
        new ReportedCode("a".repeat(40), "b".repeat(40), "main", "https://git/x.git", true, T0);
    Run reported = runs.reportCode(run.id(), code, T0.plusSeconds(5));
    assertThat(reported.reportedCode()).isEqualTo(code);
    assertThat(reported.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(reported.codeReferenceId()).isNull();
  }

  @Test
  void archivedRunsLeaveListingsAndCountsUntilRestored() {
    PostgresProjectStore projects = new PostgresProjectStore(jdbi);
    Project own =
        projects.create(user.id(), new NewProject("archives", "", List.of(), true), uuid(), T0);
    List<Run> experiments = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      experiments.add(
          runs.create(
              newRun(RunKind.EXPERIMENT, own.id(), RunAttributes.NONE),
              Status.CREATED,
              null,
              T0.plusSeconds(i)));
    }
    Run archived = runs.setArchived(experiments.get(1).id(), true, T0.plusSeconds(10));
    assertThat(archived.archived()).isTrue();
    assertThat(runs.setArchived(archived.id(), true, T0.plusSeconds(11)).archived()).isTrue();

    RunQuery created = new RunQueryParser(ZoneOffset.UTC).parse("status:created", null);
    for (RunQuery live : List.of(RunQuery.ALL, created)) {
      Page<Run> page = runs.list(own.id(), RunKind.EXPERIMENT, live, 20, 0);
      assertThat(page.items())
          .extracting(Run::id)
          .containsExactly(experiments.get(2).id(), experiments.get(0).id());
      assertThat(page.count()).isEqualTo(2);
      Page<Run> hidden = runs.list(own.id(), RunKind.EXPERIMENT, live.archivedOnly(), 20, 0);
      assertThat(hidden.items()).extracting(Run::id).containsExactly(archived.id());
      assertThat(hidden.count()).isEqualTo(1);
    }
    assertThat(projects.findById(own.id()).orElseThrow().runCounts())
        .isEqualTo(new RunCounts(2, 2, 0, 0, 0));

    runs.delete(archived.id());
    assertThat(runs.list(own.id(), RunKind.EXPERIMENT, RunQuery.ALL.archivedOnly(), 20, 0).count())
        .isZero();
    assertThat(runs.setArchived(experiments.get(0).id(), true, T0).archived()).isTrue();
    assertThat(runs.setArchived(experiments.get(0).id(), false, T0).archived()).isFalse();
    assertThat(runs.list(own.id(), RunKind.EXPERIMENT, RunQuery.ALL, 20, 0).count()).isEqualTo(2);
    assertThat(projects.findById(own.id()).orElseThrow().runCounts().experiments()).isEqualTo(2);
  }

  @Test
  void findsRunsByIdWithTheirGroup() {
    Run group = runs.create(newRun(RunKind.GROUP), Status.CREATED, null, T0);
    NewRun member = newRun(RunKind.EXPERIMENT);
    Run experiment =
        runs.create(
            new NewRun(
                member.uuid(),
                member.projectId(),
                member.kind(),
                member.userId(),
                group.id(),
                null,
                "",
                List.of(),
                member.content(),
                Map.of()),
            Status.CREATED,
            null,
            T0);

    assertThat(runs.findById(group.id())).contains(group);
    assertThat(group.groupId()).isNull();
    assertThat(runs.findById(experiment.id()).orElseThrow().groupId()).isEqualTo(group.id());
    assertThat(runs.findById(-1)).isEmpty();
  }
}
