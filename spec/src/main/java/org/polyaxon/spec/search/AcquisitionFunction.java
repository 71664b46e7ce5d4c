package org.polyaxon.spec.search;

/** {@code utility_function.acquisition_function}: how BO trades exploration for exploitation. */
public enum AcquisitionFunction {
  /** Upper confidence bound {@code mu + kappa * sigma}. */
  UCB,
  /** Expected improvement over the best score plus {@code eps}. */
  EI,
  /** Probability of improving on the best score plus {@code eps}. */
  POI
}
