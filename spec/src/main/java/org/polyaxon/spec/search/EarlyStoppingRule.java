package org.polyaxon.spec.search;

import java.util.Objects;

/**
 * One {@code early_stopping} entry: the group stops once any trial's last {@code metric} reaches
 * {@code value} ({@code >=} when maximising, {@code <=} when minimising).
 */
public record EarlyStoppingRule(
    String metric, double value, Optimization optimization, EarlyStoppingPolicy policy) {
  public EarlyStoppingRule {
    Objects.requireNonNull(metric);
    Objects.requireNonNull(optimization);
    Objects.requireNonNull(policy);
  }
}
