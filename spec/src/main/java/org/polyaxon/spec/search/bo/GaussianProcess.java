package org.polyaxon.spec.search.bo;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Gaussian-process regression with a fixed kernel and length scale: the posterior mean and standard
 * deviation at any point, and the log marginal likelihood used to choose the length scale. Targets
 * are standardised (zero mean, unit variance) so one kernel amplitude suits any metric; a small
 * nugget on the diagonal keeps the Cholesky factorisation stable when two trials sit at the same
 * point, and grows if the factorisation still fails.
 */
final class GaussianProcess {
  private final double[][] xs;
  private final Kernel kernel;
  private final double lengthScale;
  private final double yMean;
  private final double yScale;
  private final double[][] lower;
  private final double[] weights;
  private final double logMarginalLikelihood;

  /** The posterior at one point, in the metric's units. */
  record Prediction(double mean, double std) {}

  private GaussianProcess(double[][] xs, double[] y, Kernel kernel, double lengthScale) {
    this.xs = xs;
    this.kernel = kernel;
    this.lengthScale = lengthScale;
    int n = y.length;
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double var = 0;
    for (double v : y) {
      var += (v - mean) * (v - mean);
    }
    double scale = Math.sqrt(var / n);
    this.yMean = mean;
    this.yScale = scale > 0 ? scale : 1;
    double[] standard = new double[n];
    for (int i = 0; i < n; i++) {
      standard[i] = (y[i] - yMean) / yScale;
    }
    CholeskyDecomposition cholesky = factorise(n);
    this.lower = cholesky.getL().getData();
    RealVector alpha = cholesky.getSolver().solve(new ArrayRealVector(standard, false));
    this.weights = alpha.toArray();
    double fit = 0;
    for (int i = 0; i < n; i++) {
      fit += standard[i] * weights[i];
    }
    double logDet = 0;
    for (int i = 0; i < n; i++) {
      logDet += Math.log(lower[i][i]);
    }
    this.logMarginalLikelihood = -0.5 * fit - logDet - 0.5 * n * Math.log(2 * Math.PI);
  }

  /** Fits the process to points {@code xs} (rows, in the unit cube) with targets {@code y}. */
  static GaussianProcess fit(double[][] xs, double[] y, Kernel kernel, double lengthScale) {
    if (xs.length == 0 || xs.length != y.length) {
      throw new IllegalArgumentException("need as many targets as points, at least one");
    }
    return new GaussianProcess(xs, y, kernel, lengthScale);
  }

  private CholeskyDecomposition factorise(int n) {
    for (double nugget = 1e-8; ; nugget *= 100) {
      double[][] k = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          k[i][j] = kernel.between(xs[i], xs[j], lengthScale);
          k[j][i] = k[i][j];
        }
        k[i][i] += nugget;
      }
      try {
        return new CholeskyDecomposition(new Array2DRowRealMatrix(k, false), 1e-10, 0);
      } catch (MathIllegalArgumentException notPositiveDefinite) {
        if (nugget > 1) {
          throw notPositiveDefinite;
        }
      }
    }
  }

  Prediction predict(double[] x) {
    int n = xs.length;
    double[] kStar = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      kStar[i] = kernel.between(x, xs[i], lengthScale);
      mean += kStar[i] * weights[i];
    }
    // variance = k(x, x) - |L^-1 k*|^2, by forward substitution
    double explained = 0;
    for (int i = 0; i < n; i++) {
      double v = kStar[i];
      double[] row = lower[i];
      for (int j = 0; j < i; j++) {
        v -= row[j] * kStar[j];
      }
      v /= row[i];
      kStar[i] = v;
      explained += v * v;
    }
    double variance = Math.max(1e-12, 1 - explained);
    return new Prediction(yMean + yScale * mean, yScale * Math.sqrt(variance));
  }

  double logMarginalLikelihood() {
    return logMarginalLikelihood;
  }

  double lengthScale() {
    return lengthScale;
  }
}
