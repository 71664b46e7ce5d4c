package org.polyaxon.store.postgres;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.metric.Observation;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.status.Status;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Measures metric ingestion: batches of 1,000 points through {@link Metrics} and {@link
 * PostgresMetricStore} (with an idempotency key, as clients send them) against a bare JDBC COPY of
 * the same rows, binary and text, on the embedded PostgreSQL the platform runs in production mode
 * (fsync and synchronous commit on). Not a test: it asserts nothing and prints points per second.
 * How to run it: docs/performance.md, section "Metric ingestion".
 *
 * <p>Arguments (all optional): points per round (default 250000), rounds (default 7). The modes
 * take turns within each round, so load from elsewhere on the machine hits them alike; the median
 * and the best round of each are printed.
 */
public final class MetricIngestBench {
  private static final int BATCH_POINTS = 1_000;
  private static final List<String> NAMES =
      List.of("loss", "accuracy", "learning_rate", "val_loss");
  private static final Instant START = Instant.parse("2024-03-01T12:00:00Z");

  private final Jdbi jdbi;
  private final DatabasePool pool;
  private final Metrics metrics;
  private final long userId;
  private final long projectId;

  private MetricIngestBench(DatabasePool pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool.dataSource());
    this.metrics = new Metrics(new PostgresMetricStore(jdbi), Clock.systemUTC());
    Instant now = Instant.now();
    User user =
        new PostgresUserStore(jdbi).create(new NewUser("bench", "b@example.com", false), "x", now);
    Project project =
        new PostgresProjectStore(jdbi)
            .create(user.id(), new NewProject("bench", "", List.of(), true), uuid(), now);
    this.userId = user.id();
    this.projectId = project.id();
  }

  public static void main(String[] args) throws Exception {
    int points = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path data = Files.createTempDirectory("metric-bench");
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("db"));
        DatabasePool pool = new DatabasePool(database.jdbcUrl(), database.username(), "", 4)) {
      DatabaseMigrator.migrate(pool.dataSource());
      new MetricIngestBench(pool).run(points / BATCH_POINTS, rounds);
    } finally {
      deleteTree(data);
    }
  }

  private void run(int batches, int rounds) throws SQLException {
    List<List<Observation>> workload = workload(batches);
    System.out.printf(
        Locale.ROOT,
        "%d batches of %d points (%d observations x %d names) per round, %d rounds%n",
        batches,
        BATCH_POINTS,
        BATCH_POINTS / NAMES.size(),
        NAMES.size(),
        rounds);
    // A first round of each warms the JIT and PostgreSQL's caches; it is not reported.
    ours(workload);
    bareCopy(workload, true);
    bareCopy(workload, false);
    double[] ours = new double[rounds];
    double[] binary = new double[rounds];
    double[] text = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      ours[round] = ours(workload);
      binary[round] = bareCopy(workload, true);
      text[round] = bareCopy(workload, false);
      System.out.printf(
          Locale.ROOT,
          "round %d: ours %,.0f points/s, bare binary COPY %,.0f, bare text COPY %,.0f%n",
          round + 1,
          ours[round],
          binary[round],
          text[round]);
    }
    report("ours (PostgresMetricStore)", ours);
    report("bare binary COPY", binary);
    report("bare text COPY", text);
    System.out.printf(
        Locale.ROOT,
        "bare binary / ours: median %.2fx, best %.2fx; bare text / ours: median %.2fx, best %.2fx%n",
        median(binary) / median(ours),
        best(binary) / best(ours),
        median(text) / median(ours),
        best(text) / best(ours));
  }

  private static void report(String mode, double[] rates) {
    System.out.printf(
        Locale.ROOT,
        "%-28s median %,9.0f points/s, best %,9.0f points/s%n",
        mode,
        median(rates),
        best(rates));
  }

  /** Points per second through the platform's path: Metrics, the store, a pooled connection. */
  private double ours(List<List<Observation>> workload) {
    long runId = newRun();
    String prefix = uuid();
    long start = System.nanoTime();
    for (int i = 0; i < workload.size(); i++) {
      metrics.record(runId, prefix + "-" + i, workload.get(i));
    }
    return rate(workload.size(), start);
  }

  /** Points per second of a plain COPY per batch on one connection in autocommit. */
  private double bareCopy(List<List<Observation>> workload, boolean binary) throws SQLException {
    long runId = newRun();
    try (Connection connection = pool.dataSource().getConnection()) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      long start = System.nanoTime();
      long seq = 1;
      for (List<Observation> batch : workload) {
        if (binary) {
          ByteBuffer rows = MetricCopyRows.encode(runId, seq, batch);
          var in = copy.copyIn(MetricCopyRows.COPY_SQL);
          in.writeToCopy(rows.array(), 0, rows.limit());
          in.endCopy();
        } else {
          copy.copyIn(
              "COPY run_metrics (run_id, name, seq, value, created_at) FROM STDIN",
              new StringReader(text(runId, seq, batch)));
        }
        seq += batch.size();
      }
      return rate(workload.size(), start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(long runId, long firstSeq, List<Observation> batch) {
    StringBuilder rows = new StringBuilder(BATCH_POINTS * 64);
    long seq = firstSeq;
    for (Observation observation : batch) {
      String time = observation.createdAt().toString();
      for (Map.Entry<String, Double> point : observation.values().entrySet()) {
        // The names here need no escaping in COPY's text format.
        rows.append(runId).append('\t').append(point.getKey()).append('\t').append(seq);
        rows.append('\t').append(point.getValue()).append('\t').append(time).append('\n');
      }
      seq++;
    }
    return rows.toString();
  }

  private static List<List<Observation>> workload(int batches) {
    List<List<Observation>> workload = new ArrayList<>();
    int perBatch = BATCH_POINTS / NAMES.size();
    for (int b = 0; b < batches; b++) {
      List<Observation> batch = new ArrayList<>(perBatch);
      for (int o = 0; o < perBatch; o++) {
        long step = (long) b * perBatch + o;
        Map<String, Double> values = new LinkedHashMap<>();
        for (int n = 0; n < NAMES.size(); n++) {
          values.put(NAMES.get(n), Math.exp(-step / 1e5) + n * 0.1 + (step % 7) * 1e-3);
        }
        batch.add(new Observation(START.plusMillis(step * 10), values));
      }
      workload.add(batch);
    }
    return workload;
  }

  private long newRun() {
    return new PostgresRunStore(jdbi)
        .create(
            new NewRun(
                uuid(),
                projectId,
                RunKind.EXPERIMENT,
                userId,
                null,
                null,
                "",
                List.of(),
                "{}",
                Map.of()),
            Status.CREATED,
            null,
            Instant.now())
        .id();
  }

  private static double rate(int batches, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return batches * (double) BATCH_POINTS / seconds;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double best(double[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }

  private static String uuid() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
