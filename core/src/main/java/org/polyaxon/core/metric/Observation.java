package org.polyaxon.core.metric;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polyaxon.core.error.InvalidInputException;

/**
 * What a run reports at one time: the values of one or more metrics, as one Polyaxon 0.4 metric
 * ({@code {"values": {"loss": 0.1, "acc": 0.9}, "created_at": ...}}).
 *
 * @param createdAt when the values were measured; null means "when the server receives them"
 * @param values metric name to a finite value, in the order they were sent; at least one
 */
public record Observation(Instant createdAt, Map<String, Double> values) {
  public Observation {
    if (values == null || values.isEmpty()) {
      throw new InvalidInputException("values: expected at least one metric");
    }
    values.forEach(
        (name, value) -> {
          MetricRules.checkName("values", name);
          MetricRules.checkValue("values." + name, value == null ? Double.NaN : value);
        });
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The same values, measured at {@code time} when no time was given. */
  public Observation at(Instant time) {
    return createdAt == null ? new Observation(time, values) : this;
  }
}
