package org.polyaxon.spec.search;

import java.util.Objects;

/**
 * {@code gaussian_process {kernel, length_scale, nu, n_restarts_optimizer}}.
 *
 * @param kernel rbf or matern
 * @param lengthScale the starting length scale, in the unit cube the parameters are encoded into
 * @param nu the Matérn smoothness (ignored for rbf); the kernel has closed forms for 0.5, 1.5 and
 *     2.5 and uses the nearest of them for other values (Polyaxon 0.4 files use, say, 1.9)
 * @param nRestartsOptimizer how many extra length scales around the best one the marginal
 *     likelihood search refines (0 keeps only the coarse log grid)
 */
public record GaussianProcessConfig(
    KernelType kernel, double lengthScale, double nu, int nRestartsOptimizer) {
  public GaussianProcessConfig {
    Objects.requireNonNull(kernel);
    if (!(lengthScale > 0)) {
      throw new IllegalArgumentException("gaussian_process.length_scale must be positive");
    }
    if (kernel == KernelType.MATERN && !(nu > 0)) {
      throw new IllegalArgumentException("gaussian_process.nu must be positive");
    }
    if (nRestartsOptimizer < 0) {
      throw new IllegalArgumentException("gaussian_process.n_restarts_optimizer is negative");
    }
  }

  /** Polyaxon's defaults: matern, length scale 1, nu 1.5, no restarts. */
  public static GaussianProcessConfig defaults() {
    return new GaussianProcessConfig(KernelType.MATERN, 1.0, 1.5, 0);
  }
}
