package org.polyaxon.spec.search;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A trial the algorithm suggested earlier, as the scheduler sees it now.
 *
 * @param id the trial's identity (the experiment id), used by hyperband to name the trial a
 *     promoted one continues
 * @param suggestion what the algorithm suggested for it
 * @param status where it is
 * @param lastMetrics the last reported value of each metric, empty while none was reported
 */
public record Trial(
    long id, Suggestion suggestion, TrialStatus status, Map<String, Double> lastMetrics) {

  public Trial {
    Objects.requireNonNull(suggestion);
    Objects.requireNonNull(status);
    lastMetrics = Map.copyOf(lastMetrics);
  }

  /** The last value of {@code name}, empty when it was never reported or is not a number. */
  public OptionalDouble metric(String name) {
    Double value = lastMetrics.get(name);
    return value == null || value.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
