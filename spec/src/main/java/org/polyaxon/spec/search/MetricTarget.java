package org.polyaxon.spec.search;

import java.util.Objects;

/** The {@code metric {name, optimization}} an algorithm optimises. */
public record MetricTarget(String name, Optimization optimization) {
  public MetricTarget {
    Objects.requireNonNull(name);
    Objects.requireNonNull(optimization);
  }
}
