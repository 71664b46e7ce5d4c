package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.Page;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.metric.IngestReceipt;
import org.polyaxon.core.metric.MetricBatch;
import org.polyaxon.core.metric.MetricStore;
import org.polyaxon.core.metric.Observation;
import org.polyaxon.core.metric.RecordedObservation;
import org.polyaxon.core.metric.SeriesBucket;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link MetricStore} on PostgreSQL: points go in with binary {@code COPY}, in the transaction that
 * numbers them, records the batch key and merges {@code runs.last_metric}.
 */
public final class PostgresMetricStore implements MetricStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN_NAMES =
      "ARRAY(SELECT jsonb_object_keys(last_metric) FROM runs WHERE id = :run)";

  private final Jdbi jdbi;

  public PostgresMetricStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public IngestReceipt ingest(long runId, MetricBatch batch, Instant now) {
    try {
      return jdbi.inTransaction(handle -> store(handle, runId, batch, now));
    } catch (AlreadyStored e) {
      return replay(runId, batch);
    }
  }

  private IngestReceipt store(Handle handle, long runId, MetricBatch batch, Instant now) {
    int observations = batch.observations().size();
    // Locks the run's row: batches of one run are numbered in commit order, and last_metric
    // merges in that same order, so it always holds each name's value at its highest seq.
    // run_last_metrics, what listings sort on, gets the same values in the same statement.
    Map<String, Double> latest = latestValues(batch);
    long last =
        handle
            .createQuery(
                "WITH run AS (UPDATE runs SET metric_count = metric_count + :n,"
                    + " last_metric = last_metric || CAST(:latest AS jsonb)"
                    + " WHERE id = :run RETURNING id, project_id, kind, metric_count),"
                    + " merged AS (INSERT INTO run_last_metrics (run_id, project_id, kind, name,"
                    + " value) SELECT run.id, run.project_id, run.kind, l.name, l.value"
                    + " FROM run, unnest(:names, :values) AS l (name, value)"
                    + " ON CONFLICT (run_id, name) DO UPDATE SET value = EXCLUDED.value)"
                    + " SELECT metric_count FROM run")
            .bind("n", observations)
            .bind("latest", toJson(latest))
            .bind("names", latest.keySet().toArray(String[]::new))
            .bind("values", latest.values().stream().mapToDouble(Double::doubleValue).toArray())
            .bind("run", runId)
            .mapTo(Long.class)
            .findOne()
            .orElseThrow(() -> new NotFoundException("There is no run with id " + runId));
    long firstSeq = last - observations + 1;
    IngestReceipt receipt = new IngestReceipt(firstSeq, observations, batch.points(), now, false);
    if (batch.key() != null) {
      int inserted =
          handle
              .createUpdate(
                  "INSERT INTO run_metric_batches (run_id, batch_key, fingerprint, first_seq,"
                      + " observations, points, received_at) VALUES (:run, :key, :fingerprint,"
                      + " :first, :observations, :points, :now) ON CONFLICT DO NOTHING")
              .bind("run", runId)
              .bind("key", batch.key())
              .bind("fingerprint", batch.fingerprint())
              .bind("first", firstSeq)
              .bind("observations", observations)
              .bind("points", receipt.points())
              .bind("now", utc(now))
              .execute();
      if (inserted == 0) {
        // Rolls back the numbering and the merge above; the first attempt's receipt is read next.
        throw new AlreadyStored();
      }
    }
    copy(handle, MetricCopyRows.encode(runId, firstSeq, batch.observations()));
    return receipt;
  }

  private static void copy(Handle handle, ByteBuffer rows) {
    try {
      CopyIn copy =
          handle
              .getConnection()
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(MetricCopyRows.COPY_SQL);
      try {
        copy.writeToCopy(rows.array(), 0, rows.limit());
        copy.endCopy();
      } finally {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into run_metrics failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, Double> latestValues(MetricBatch batch) {
    Map<String, Double> latest = new LinkedHashMap<>();
    for (Observation observation : batch.observations()) {
      latest.putAll(observation.values());
    }
    return latest;
  }

  private IngestReceipt replay(long runId, MetricBatch batch) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT fingerprint, first_seq, observations, points, received_at"
                        + " FROM run_metric_batches WHERE run_id = :run AND batch_key = :key")
                .bind("run", runId)
                .bind("key", batch.key())
                .map(
                    (rs, ctx) -> {
                      if (!batch.fingerprint().equals(rs.getString("fingerprint"))) {
                        throw new ConflictException(
                            "Idempotency key '"
                                + batch.key()
                                + "' was already used for a different batch of this run;"
                                + " use a new key");
                      }
                      return new IngestReceipt(
                          rs.getLong("first_seq"),
                          rs.getInt("observations"),
                          rs.getInt("points"),
                          instant(rs, "received_at"),
                          true);
                    })
                .one());
  }

  @Override
  public Page<RecordedObservation> observations(long runId, int limit, int offset) {
    return jdbi.withHandle(
        handle -> {
          long count =
              handle
                  .createQuery("SELECT metric_count FROM runs WHERE id = :run")
                  .bind("run", runId)
                  .mapTo(Long.class)
                  .findOne()
                  .orElse(0L);
          Map<Long, Instant> times = new LinkedHashMap<>();
          Map<Long, Map<String, Double>> values = new LinkedHashMap<>();
          // Ids are gap-free, so a page is a range of seqs; naming the run's metrics lets the
          // primary key (run, name, seq) serve the range for each name.
          handle
              .createQuery(
                  "SELECT seq, name, value, created_at FROM run_metrics"
                      + " WHERE run_id = :run AND name = ANY("
                      + RUN_NAMES
                      + ") AND seq > :offset AND seq <= :end ORDER BY seq, name")
              .bind("run", runId)
              .bind("offset", (long) offset)
              .bind("end", (long) offset + limit)
              .map(
                  (rs, ctx) -> {
                    long seq = rs.getLong("seq");
                    times.putIfAbsent(seq, instant(rs, "created_at"));
                    values
                        .computeIfAbsent(seq, id -> new LinkedHashMap<>())
                        .put(rs.getString("name"), rs.getDouble("value"));
                    return seq;
                  })
              .list();
          List<RecordedObservation> page = new ArrayList<>();
          times.forEach(
              (seq, time) -> page.add(new RecordedObservation(seq, time, values.get(seq))));
          return new Page<>(page, count);
        });
  }

  @Override
  public Map<String, List<SeriesBucket>> series(long runId, List<String> names, int buckets) {
    return jdbi.withHandle(
        handle -> {
          List<String> wanted =
              names.isEmpty() ? List.copyOf(lastValues(handle, runId).keySet()) : names;
          Map<String, List<SeriesBucket>> series = new LinkedHashMap<>();
          wanted.forEach(name -> series.put(name, new ArrayList<>()));
          handle
              .createQuery(
                  "SELECT name, max(seq) AS last_seq, max(created_at) AS latest, count(*) AS n,"
                      + " min(value) AS low, max(value) AS high, avg(value) AS mean FROM ("
                      + " SELECT name, seq, value, created_at,"
                      + " ntile(:buckets) OVER (PARTITION BY name ORDER BY seq) AS bucket"
                      + " FROM run_metrics WHERE run_id = :run AND name = ANY(:names)) points"
                      + " GROUP BY name, bucket ORDER BY name, bucket")
              .bind("buckets", buckets)
              .bind("run", runId)
              .bind("names", wanted.toArray(String[]::new))
              .map(
                  (rs, ctx) ->
                      series
                          .get(rs.getString("name"))
                          .add(
                              new SeriesBucket(
                                  rs.getLong("last_seq"),
                                  instant(rs, "latest"),
                                  rs.getLong("n"),
                                  rs.getDouble("low"),
                                  rs.getDouble("high"),
                                  rs.getDouble("mean"))))
              .list();
          return series;
        });
  }

  @Override
  public Map<String, Double> lastValues(long runId) {
    return jdbi.withHandle(handle -> lastValues(handle, runId));
  }

  private static Map<String, Double> lastValues(Handle handle, long runId) {
    Optional<String> json =
        handle
            .createQuery("SELECT last_metric::text FROM runs WHERE id = :run")
            .bind("run", runId)
            .mapTo(String.class)
            .findOne();
    if (json.isEmpty()) {
      return Map.of();
    }
    try {
      return JSON.readValue(json.get(), new TypeReference<LinkedHashMap<String, Double>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("runs.last_metric is not a JSON object of numbers", e);
    }
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static String toJson(Map<String, Double> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Metric values are always serialisable", e);
    }
  }

  /** A batch whose key this run already stored; thrown to roll back the second attempt. */
  private static final class AlreadyStored extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyStored() {
      super(null, null, false, false);
    }
  }
}
