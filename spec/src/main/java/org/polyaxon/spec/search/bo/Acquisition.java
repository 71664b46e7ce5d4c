package org.polyaxon.spec.search.bo;

import org.hipparchus.special.Erf;
import org.polyaxon.spec.search.UtilityFunctionConfig;

/**
 * The utility of evaluating a point, from the posterior there and the best score so far (scores are
 * always maximised). With {@code z = (mu - best - eps) / sigma}: ucb is {@code mu + kappa sigma},
 * ei is {@code (mu - best - eps) Phi(z) + sigma phi(z)}, poi is {@code Phi(z)}.
 */
final class Acquisition {
  private static final double MIN_SIGMA = 1e-12;

  private final UtilityFunctionConfig config;
  private final double best;

  Acquisition(UtilityFunctionConfig config, double best) {
    this.config = config;
    this.best = best;
  }

  double value(GaussianProcess.Prediction p) {
    double mu = p.mean();
    double sigma = p.std();
    switch (config.acquisition()) {
      case UCB:
        return mu + config.kappa() * sigma;
      case EI:
        {
          double gain = mu - best - config.eps();
          if (sigma < MIN_SIGMA) {
            return Math.max(0, gain);
          }
          double z = gain / sigma;
          return gain * cdf(z) + sigma * pdf(z);
        }
      case POI:
        {
          double gain = mu - best - config.eps();
          if (sigma < MIN_SIGMA) {
            return gain > 0 ? 1 : 0;
          }
          return cdf(gain / sigma);
        }
      default:
        throw new IllegalStateException("unknown acquisition " + config.acquisition());
    }
  }

  static double cdf(double z) {
    return 0.5 * Erf.erfc(-z / Math.sqrt(2));
  }

  static double pdf(double z) {
    return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  }
}
