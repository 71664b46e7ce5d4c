package org.polyaxon.core.metric;

import java.util.List;

/**
 * Observations of one run that are stored together or not at all.
 *
 * @param key the client's idempotency key, or null; a batch whose key was already stored for the
 *     run is not stored again
 * @param fingerprint a digest of the batch as the client sent it, which tells a retry (same
 *     fingerprint) from a different batch that reuses a key
 * @param observations in order; every one has its {@code createdAt}
 */
public record MetricBatch(String key, String fingerprint, List<Observation> observations) {
  public MetricBatch {
    observations = List.copyOf(observations);
  }

  /** The number of points: name and value pairs over all observations. */
  public int points() {
    return observations.stream().mapToInt(o -> o.values().size()).sum();
  }
}
