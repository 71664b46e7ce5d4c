package org.polyaxon.core.metric;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.Page;

/**
 * Port: where the metrics of runs are kept. A batch is stored whole or not at all, together with
 * its key and the run's latest value of each metric ({@code last_metric}), so retrying a batch
 * after a crash or a timeout never stores it twice.
 */
public interface MetricStore {

  /**
   * Stores {@code batch} for run {@code runId}, numbering its observations after the run's last
   * one. When the batch has a key that this run already stored, nothing is stored and the first
   * receipt is returned, marked replayed.
   *
   * @throws org.polyaxon.core.error.NotFoundException when the run does not exist
   * @throws org.polyaxon.core.error.ConflictException when the key was stored for another batch
   */
  IngestReceipt ingest(long runId, MetricBatch batch, Instant now);

  /** A page of the run's observations, oldest first. */
  Page<RecordedObservation> observations(long runId, int limit, int offset);

  /**
   * The series of each name (every name of the run when {@code names} is empty), cut into at most
   * {@code buckets} buckets of consecutive points of nearly equal size, in order. A name without
   * points maps to an empty list.
   */
  Map<String, List<SeriesBucket>> series(long runId, List<String> names, int buckets);

  /** The latest value of each metric name of the run. */
  Map<String, Double> lastValues(long runId);
}
