package org.polyaxon.spec.search;

/** The type of the hyperband resource injected into each trial's declarations. */
public enum ResourceType {
  INT,
  FLOAT;

  /**
   * The resource value as a declaration. Integer resources round to the nearest integer, at least
   * 1, because a non-power {@code max_iter} gives fractional budgets such as 100/81.
   */
  public Number convert(double resource) {
    return this == INT
        ? Long.valueOf(Math.max(1L, Math.round(resource)))
        : Double.valueOf(resource);
  }
}
