package org.polyaxon.spec.search.bo;

/**
 * Chooses the GP's length scale by maximum marginal likelihood, as a fitted kernel would, but
 * deterministically: the configured length scale and a log grid from 0.01 to 10 are tried, then
 * each of {@code nRefinements} rounds tries the best one scaled up and down by a shrinking factor.
 */
final class ModelSelection {
  private ModelSelection() {}

  static GaussianProcess fit(
      double[][] xs, double[] y, Kernel kernel, double configured, int nRefinements) {
    GaussianProcess best = GaussianProcess.fit(xs, y, kernel, configured);
    for (int k = 0; k <= 12; k++) {
      best = better(best, GaussianProcess.fit(xs, y, kernel, Math.pow(10, -2 + 0.25 * k)));
    }
    double factor = Math.pow(10, 0.125);
    for (int round = 0; round < nRefinements; round++) {
      double around = best.lengthScale();
      best = better(best, GaussianProcess.fit(xs, y, kernel, around * factor));
      best = better(best, GaussianProcess.fit(xs, y, kernel, around / factor));
      factor = Math.sqrt(factor);
    }
    return best;
  }

  private static GaussianProcess better(GaussianProcess a, GaussianProcess b) {
    return b.logMarginalLikelihood() > a.logMarginalLikelihood() ? b : a;
  }
}
