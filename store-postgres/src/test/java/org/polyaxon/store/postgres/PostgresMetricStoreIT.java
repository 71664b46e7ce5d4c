package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.metric.IngestReceipt;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.metric.Observation;
import org.polyaxon.core.metric.RecordedObservation;
import org.polyaxon.core.metric.SeriesBucket;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.status.Status;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

class PostgresMetricStoreIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Instant T0 = Instant.parse("2024-04-01T10:00:00Z");
  private static final MutableClock CLOCK = MutableClock.at(T0);
  private static Jdbi jdbi;
  private static PostgresRunStore runs;
  private static PostgresMetricStore store;
  private static Metrics metrics;
  private static User user;
  private static Project project;

  @BeforeAll
  static void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    jdbi = Jdbi.create(DB.dataSource());
    runs = new PostgresRunStore(jdbi);
    store = new PostgresMetricStore(jdbi);
    metrics = new Metrics(store, CLOCK);
    user =
        new PostgresUserStore(jdbi).create(new NewUser("ada", "ada@example.com", false), "x", T0);
    project =
        new PostgresProjectStore(jdbi)
            .create(user.id(), new NewProject("mnist", "", List.of(), true), uuid(), T0);
  }

  private static String uuid() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static Run newRun() {
    return runs.create(
        new NewRun(
            uuid(),
            project.id(),
            RunKind.EXPERIMENT,
            user.id(),
            null,
            null,
            "",
            List.of(),
            "{}",
            Map.of()),
        Status.CREATED,
        null,
        T0);
  }

  private static Observation at(int second, Map<String, Double> values) {
    return new Observation(T0.plusSeconds(second), values);
  }

  @Test
  void storesObservationsInOrderAndKeepsTheLatestValueOfEachName() {
    Run run = newRun();
    Instant now = CLOCK.instant();
    IngestReceipt first =
        metrics.record(
            run.id(),
            null,
            List.of(
                at(1, Map.of("loss", 0.9, "acc", 0.1)),
                at(2, Map.of("loss", 0.5)),
                new Observation(null, Map.of("lr", 0.01))));
    IngestReceipt second = metrics.record(run.id(), null, List.of(at(3, Map.of("acc", 0.7))));

    assertThat(first).isEqualTo(new IngestReceipt(1, 3, 4, now, false));
    assertThat(second.firstId()).isEqualTo(4);
    assertThat(store.lastValues(run.id()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("loss", 0.5, "acc", 0.7, "lr", 0.01));

    Page<RecordedObservation> page = metrics.list(run.id(), 2, 1);
    assertThat(page.count()).isEqualTo(4);
    assertThat(page.items())
        .containsExactly(
            new RecordedObservation(2, T0.plusSeconds(2), Map.of("loss", 0.5)),
            new RecordedObservation(3, now, Map.of("lr", 0.01)));
    assertThat(metrics.list(run.id(), 20, 0).items())
        .extracting(RecordedObservation::id)
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(metrics.list(run.id(), 20, 0).items().get(0).values())
        .containsExactly(Map.entry("acc", 0.1), Map.entry("loss", 0.9));
  }

  @Test
  void aRetriedBatchIsStoredOnceAndAnsweredTheSame() {
    Run run = newRun();
    List<Observation> batch = List.of(new Observation(null, Map.of("loss", 1.0)));
    IngestReceipt first = metrics.record(run.id(), "batch-1", batch);
    CLOCK.advance(Duration.ofMinutes(1));
    IngestReceipt retry = metrics.record(run.id(), "batch-1", batch);
    IngestReceipt other = metrics.record(run.id(), "batch-2", batch);

    assertThat(first.replayed()).isFalse();
    assertThat(retry).isEqualTo(new IngestReceipt(1, 1, 1, first.receivedAt(), true));
    assertThat(other.firstId()).isEqualTo(2);
    assertThat(metrics.list(run.id(), 20, 0).count()).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM run_metrics WHERE run_id = " + run.id())).isEqualTo(2);
    assertThat(metrics.list(run.id(), 20, 0).items().get(0).createdAt())
        .isEqualTo(first.receivedAt());
  }

  @Test
  void aKeyReusedForAnotherBatchIsAConflictAndStoresNothing() {
    Run run = newRun();
    metrics.record(run.id(), "k", List.of(at(1, Map.of("loss", 1.0))));

    assertThatThrownBy(() -> metrics.record(run.id(), "k", List.of(at(1, Map.of("loss", 2.0)))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("'k'");
    assertThat(store.lastValues(run.id())).containsExactly(Map.entry("loss", 1.0));
    assertThat(metrics.list(run.id(), 20, 0).count()).isEqualTo(1);
  }

  @Test
  void theSameKeyMayBeUsedByAnotherRun() {
    Run one = newRun();
    Run two = newRun();
    List<Observation> batch = List.of(at(1, Map.of("loss", 1.0)));

    assertThat(metrics.record(one.id(), "k", batch).replayed()).isFalse();
    assertThat(metrics.record(two.id(), "k", batch).replayed()).isFalse();
  }

  @Test
  void anUnknownRunIsNotFound() {
    assertThatThrownBy(() -> metrics.record(-1, null, List.of(at(1, Map.of("loss", 1.0)))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void downsamplingKeepsEverySpike() {
    Run run = newRun();
    List<Observation> batch = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      double loss = i == 4_321 ? 1_000.0 : i == 7_777 ? -1_000.0 : Math.sin(i / 100.0);
      batch.add(at(i, Map.of("loss", loss, "acc", i / 10_000.0)));
    }
    metrics.record(run.id(), null, batch);

    Map<String, List<SeriesBucket>> series = metrics.series(run.id(), List.of("loss"), 100);

    assertThat(series).containsOnlyKeys("loss");
    List<SeriesBucket> loss = series.get("loss");
    assertThat(loss).hasSize(100);
    assertThat(loss).allSatisfy(bucket -> assertThat(bucket.count()).isEqualTo(100));
    assertThat(loss.stream().mapToDouble(SeriesBucket::max).max().orElseThrow()).isEqualTo(1_000.0);
    assertThat(loss.stream().mapToDouble(SeriesBucket::min).min().orElseThrow())
        .isEqualTo(-1_000.0);
    SeriesBucket spike = loss.get(43);
    assertThat(spike.max()).isEqualTo(1_000.0);
    assertThat(spike.id()).isEqualTo(4_400);
    assertThat(spike.createdAt()).isEqualTo(T0.plusSeconds(4_399));
    assertThat(loss).extracting(SeriesBucket::id).isSorted();
  }

  @Test
  void aShortSeriesComesBackPointByPointAndEveryNameWhenNoneIsGiven() {
    Run run = newRun();
    metrics.record(
        run.id(),
        null,
        List.of(at(1, Map.of("loss", 0.9, "acc", 0.1)), at(2, Map.of("loss", 0.4))));

    Map<String, List<SeriesBucket>> series = metrics.series(run.id(), List.of(), 500);

    assertThat(series).containsOnlyKeys("loss", "acc");
    assertThat(series.get("loss"))
        .containsExactly(
            new SeriesBucket(1, T0.plusSeconds(1), 1, 0.9, 0.9, 0.9),
            new SeriesBucket(2, T0.plusSeconds(2), 1, 0.4, 0.4, 0.4));
    assertThat(metrics.series(run.id(), List.of("unknown"), 10).get("unknown")).isEmpty();
  }

  @Test
  void concurrentBatchesToOneRunGetDistinctGapFreeIds() throws Exception {
    Run run = newRun();
    int writers = 4;
    int batchesEach = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<List<IngestReceipt>>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        tasks.add(
            () -> {
              List<IngestReceipt> receipts = new ArrayList<>();
              for (int b = 0; b < batchesEach; b++) {
                List<Observation> batch = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                  Map<String, Double> values = new LinkedHashMap<>();
                  values.put("w" + writer, (double) b * 50 + i);
                  values.put("shared", (double) writer);
                  batch.add(at(b * 50 + i, values));
                }
                receipts.add(metrics.record(run.id(), "w" + writer + "-b" + b, batch));
              }
              return receipts;
            });
      }
      List<IngestReceipt> all = new ArrayList<>();
      for (Future<List<IngestReceipt>> done : pool.invokeAll(tasks)) {
        all.addAll(done.get());
      }

      int total = writers * batchesEach * 50;
      assertThat(all)
          .extracting(IngestReceipt::firstId)
          .doesNotHaveDuplicates()
          .allMatch(id -> (id - 1) % 50 == 0);
      assertThat(metrics.list(run.id(), 1, 0).count()).isEqualTo(total);
      assertThat(count("SELECT count(DISTINCT seq) FROM run_metrics WHERE run_id = " + run.id()))
          .isEqualTo(total);
      assertThat(count("SELECT max(seq) FROM run_metrics WHERE run_id = " + run.id()))
          .isEqualTo(total);
      // last_metric holds each name's value at its highest id.
      long lastId = all.stream().mapToLong(IngestReceipt::lastId).max().orElseThrow();
      double lastShared =
          metrics.list(run.id(), 1, (int) lastId - 1).items().get(0).values().get("shared");
      assertThat(store.lastValues(run.id()))
          .containsEntry("shared", lastShared)
          .containsEntry("w0", 499.0)
          .containsEntry("w3", 499.0);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deletingARunDeletesItsMetrics() {
    Run run = newRun();
    metrics.record(run.id(), "k", List.of(at(1, Map.of("loss", 1.0))));

    jdbi.useHandle(handle -> handle.execute("DELETE FROM runs WHERE id = ?", run.id()));

    assertThat(count("SELECT count(*) FROM run_metrics WHERE run_id = " + run.id())).isZero();
    assertThat(count("SELECT count(*) FROM run_metric_batches WHERE run_id = " + run.id()))
        .isZero();
  }

  private static long count(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }
}
