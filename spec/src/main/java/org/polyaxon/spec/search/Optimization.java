package org.polyaxon.spec.search;

/** Whether a metric is better when larger or smaller. */
public enum Optimization {
  MAXIMIZE,
  MINIMIZE;

  /**
   * The metric turned into a score where larger is always better, so the algorithms only ever
   * maximise.
   */
  public double score(double metric) {
    return this == MAXIMIZE ? metric : -metric;
  }

  /** True when {@code metric} reaches {@code threshold} in this direction (inclusive). */
  public boolean reaches(double metric, double threshold) {
    return this == MAXIMIZE ? metric >= threshold : metric <= threshold;
  }
}
