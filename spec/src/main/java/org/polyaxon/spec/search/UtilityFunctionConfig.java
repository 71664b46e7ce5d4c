package org.polyaxon.spec.search;

import java.util.Objects;

/**
 * {@code utility_function {acquisition_function, kappa, eps, n_warmup, n_iter, gaussian_process}}.
 *
 * @param acquisition ucb, ei or poi
 * @param kappa the exploration weight of ucb
 * @param eps the improvement margin of ei and poi
 * @param nWarmup how many random points the acquisition is evaluated at before refining
 * @param nIter how many of the best warm-up points are refined by a local search
 * @param gaussianProcess the surrogate model
 */
public record UtilityFunctionConfig(
    AcquisitionFunction acquisition,
    double kappa,
    double eps,
    int nWarmup,
    int nIter,
    GaussianProcessConfig gaussianProcess) {
  public UtilityFunctionConfig {
    Objects.requireNonNull(acquisition);
    Objects.requireNonNull(gaussianProcess);
    if (nWarmup < 1 || nIter < 0) {
      throw new IllegalArgumentException("utility_function needs n_warmup >= 1 and n_iter >= 0");
    }
  }

  /** ucb with kappa 2.576, eps 0, 10000 warm-up points, 10 refinements, default GP. */
  public static UtilityFunctionConfig defaults() {
    return new UtilityFunctionConfig(
        AcquisitionFunction.UCB, 2.576, 0.0, 10_000, 10, GaussianProcessConfig.defaults());
  }
}
