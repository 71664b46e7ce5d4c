package org.polyaxon.core.metric;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.Page;
import org.polyaxon.core.error.InvalidInputException;

/**
 * Metrics of runs: checks batches against {@link MetricRules}, dates observations sent without a
 * time, and stores them. Finding the run and checking who may write to it is the caller's job.
 */
public final class Metrics {
  /** The most buckets one series may be cut into. */
  public static final int MAX_BUCKETS = 10_000;

  private final MetricStore store;
  private final Clock clock;

  public Metrics(MetricStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Stores the observations as one batch; with a {@code key} (may be null), a retry of the same
   * batch returns the first receipt and stores nothing.
   */
  public IngestReceipt record(long runId, String key, List<Observation> observations) {
    if (key != null) {
      MetricRules.checkKey("Idempotency key", key);
    }
    if (observations.isEmpty()) {
      throw new InvalidInputException("Expected at least one metric");
    }
    long points = observations.stream().mapToLong(o -> o.values().size()).sum();
    if (points > MetricRules.MAX_POINTS_PER_BATCH) {
      throw new InvalidInputException(tooManyPoints(String.valueOf(points)));
    }
    // The fingerprint covers the batch as sent, before missing times are filled in, so that a
    // retry (which is dated again by nobody) matches its first attempt.
    String fingerprint = fingerprint(observations);
    Instant now = clock.instant();
    List<Observation> dated = observations.stream().map(o -> o.at(now)).toList();
    return store.ingest(runId, new MetricBatch(key, fingerprint, dated), now);
  }

  /** The message for a batch over the bound; {@code got} says how many points it had. */
  public static String tooManyPoints(String got) {
    return "A batch may hold at most "
        + MetricRules.MAX_POINTS_PER_BATCH
        + " points (name and value pairs), got "
        + got
        + "; split it";
  }

  public Page<RecordedObservation> list(long runId, int limit, int offset) {
    return store.observations(runId, limit, offset);
  }

  /** Each series cut into at most {@code buckets} buckets; every name of the run when empty. */
  public Map<String, List<SeriesBucket>> series(long runId, List<String> names, int buckets) {
    if (buckets < 1 || buckets > MAX_BUCKETS) {
      throw new InvalidInputException(
          "points: expected a whole number from 1 to " + MAX_BUCKETS + ", got " + buckets);
    }
    names.forEach(name -> MetricRules.checkName("names", name));
    return store.series(runId, names, buckets);
  }

  static String fingerprint(List<Observation> observations) {
    MessageDigest digest = sha256();
    ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
    for (Observation observation : observations) {
      Instant time = observation.createdAt();
      digest.update(time == null ? (byte) 0 : (byte) 1);
      if (time != null) {
        digest.update(number.clear().putLong(time.getEpochSecond()).array());
        digest.update(number.clear().putLong(time.getNano()).array());
      }
      digest.update(number.clear().putLong(observation.values().size()).array());
      for (Map.Entry<String, Double> point : observation.values().entrySet()) {
        byte[] name = point.getKey().getBytes(StandardCharsets.UTF_8);
        digest.update(number.clear().putLong(name.length).array());
        digest.update(name);
        digest.update(number.clear().putLong(Double.doubleToLongBits(point.getValue())).array());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
