package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.metric.Observation;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.run.query.RunQuery;
import org.polyaxon.core.run.query.RunQueryParser;
import org.polyaxon.core.status.Status;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/**
 * What listings rely on besides their SQL: the counters V7's triggers keep, and run_last_metrics,
 * which metric ingestion keeps equal to runs.last_metric.
 */
class PostgresRunListingIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Instant T0 = Instant.parse("2024-04-01T10:00:00Z");
  private static final RunQueryParser PARSER = new RunQueryParser(ZoneOffset.UTC);
  private static Jdbi jdbi;
  private static PostgresRunStore runs;
  private static Metrics metrics;
  private static User user;

  @BeforeAll
  static void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    jdbi = Jdbi.create(DB.dataSource());
    runs = new PostgresRunStore(jdbi);
    metrics = new Metrics(new PostgresMetricStore(jdbi), MutableClock.at(T0));
    user =
        new PostgresUserStore(jdbi).create(new NewUser("ada", "ada@example.com", false), "x", T0);
  }

  private static Project project(String name) {
    return new PostgresProjectStore(jdbi)
        .create(user.id(), new NewProject(name, "", List.of(), true), uuid(), T0);
  }

  private static String uuid() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static Run run(Project project, RunKind kind) {
    return runs.create(
        new NewRun(
            uuid(), project.id(), kind, user.id(), null, null, "", List.of(), "{}", Map.of()),
        Status.CREATED,
        null,
        T0);
  }

  @Test
  void theUnfilteredCountFollowsCreationsAndDeletions() {
    Project project = project("counted");
    Run first = run(project, RunKind.EXPERIMENT);
    run(project, RunKind.EXPERIMENT);
    run(project, RunKind.EXPERIMENT);
    run(project, RunKind.JOB);

    assertThat(runs.list(project.id(), RunKind.EXPERIMENT, RunQuery.ALL, 2, 0).count())
        .isEqualTo(3);
    runs.delete(first.id());
    assertThat(runs.list(project.id(), RunKind.EXPERIMENT, RunQuery.ALL, 2, 0).count())
        .isEqualTo(2)
        .isEqualTo(runs.count(project.id(), RunKind.EXPERIMENT));
    assertThat(runs.list(project.id(), RunKind.JOB, RunQuery.ALL, 2, 0).count()).isEqualTo(1);
    assertThat(runs.list(project("empty").id(), RunKind.JOB, RunQuery.ALL, 2, 0).count()).isZero();
  }

  @Test
  void metricSortsFollowTheLatestIngestedValues() {
    Project project = project("metrics");
    Run a = run(project, RunKind.EXPERIMENT);
    Run b = run(project, RunKind.EXPERIMENT);
    Run none = run(project, RunKind.EXPERIMENT);
    metrics.record(a.id(), null, List.of(new Observation(T0, Map.of("loss", 0.2))));
    metrics.record(b.id(), null, List.of(new Observation(T0, Map.of("loss", 0.5))));
    RunQuery byLoss = PARSER.parse(null, "metric.loss");

    assertThat(ids(project, byLoss)).containsExactly(a.id(), b.id(), none.id());
    metrics.record(
        a.id(),
        "k1",
        List.of(
            new Observation(T0.plusSeconds(1), Map.of("loss", 0.1)),
            new Observation(T0.plusSeconds(2), Map.of("loss", 0.9))));
    assertThat(ids(project, byLoss)).containsExactly(b.id(), a.id(), none.id());
    // A retried batch changes nothing.
    metrics.record(
        a.id(),
        "k1",
        List.of(
            new Observation(T0.plusSeconds(1), Map.of("loss", 0.1)),
            new Observation(T0.plusSeconds(2), Map.of("loss", 0.9))));
    assertThat(ids(project, PARSER.parse("metric.loss:0.9", null))).containsExactly(a.id());
    runs.delete(a.id());
    long left =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM run_last_metrics WHERE run_id = :id")
                    .bind("id", a.id())
                    .mapTo(Long.class)
                    .one());
    assertThat(left).isZero();
    assertThat(ids(project, byLoss)).containsExactly(b.id(), none.id());
  }

  private static List<Long> ids(Project project, RunQuery query) {
    return runs.list(project.id(), RunKind.EXPERIMENT, query, 20, 0).items().stream()
        .map(Run::id)
        .toList();
  }
}
