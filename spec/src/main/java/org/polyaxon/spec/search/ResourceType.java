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
    // Not a conditional expression: it would unbox both branches to double.
    if (this == INT) {
      return Math.max(1L, Math.round(resource));
    }
    return resource;
  }
}
