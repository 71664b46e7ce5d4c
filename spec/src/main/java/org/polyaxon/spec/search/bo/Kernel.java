package org.polyaxon.spec.search.bo;

import org.polyaxon.spec.search.KernelType;

/**
 * A stationary covariance function of the scaled distance {@code r = |x - x'| / length_scale}, with
 * unit variance (the targets are standardised before fitting). Matérn's closed forms for {@code nu
 * = 1/2, 3/2, 5/2} (other values use the nearest); the RBF is the limit {@code nu -> infinity}.
 */
record Kernel(KernelType type, double nu) {

  double correlation(double r) {
    if (type == KernelType.RBF) {
      return Math.exp(-0.5 * r * r);
    }
    // Closed forms exist for nu = 1/2, 3/2, 5/2 only; any other nu takes the nearest of them.
    if (nu < 1) {
      return Math.exp(-r);
    }
    if (nu < 2) {
      double a = Math.sqrt(3) * r;
      return (1 + a) * Math.exp(-a);
    }
    double a = Math.sqrt(5) * r;
    return (1 + a + a * a / 3) * Math.exp(-a);
  }

  double between(double[] a, double[] b, double lengthScale) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return correlation(Math.sqrt(sum) / lengthScale);
  }
}
