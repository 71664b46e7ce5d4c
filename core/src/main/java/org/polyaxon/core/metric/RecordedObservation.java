package org.polyaxon.core.metric;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored observation, as the 0.4 metric list shows it.
 *
 * @param id its number within the run: 1, 2, 3, ... in the order batches were stored
 * @param createdAt when it was measured
 * @param values metric name to value, in the order of the names
 */
public record RecordedObservation(long id, Instant createdAt, Map<String, Double> values) {
  public RecordedObservation {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
