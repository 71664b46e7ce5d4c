package org.polyaxon.spec.search;

import java.util.Objects;

/**
 * {@code hyperband {max_iter, eta, resource {name, type}, metric {name, optimization}, resume}}.
 *
 * @param maxIter the largest resource one trial gets (Li et al.'s {@code R})
 * @param eta the halving factor: each rung keeps the best {@code 1/eta} of the previous one
 * @param resourceName the declaration the resource is injected as, e.g. {@code num_steps}
 * @param resourceType whether that declaration is an int or a float
 * @param metric the metric successive halving ranks trials by
 * @param resume true to continue promoted trials instead of restarting them
 */
public record HyperbandConfig(
    int maxIter,
    double eta,
    String resourceName,
    ResourceType resourceType,
    MetricTarget metric,
    boolean resume)
    implements SearchConfig {
  public HyperbandConfig {
    if (maxIter < 1) {
      throw new IllegalArgumentException("hyperband.max_iter must be at least 1");
    }
    if (!(eta > 1)) {
      throw new IllegalArgumentException("hyperband.eta must be greater than 1");
    }
    Objects.requireNonNull(resourceName);
    Objects.requireNonNull(resourceType);
    Objects.requireNonNull(metric);
  }
}
