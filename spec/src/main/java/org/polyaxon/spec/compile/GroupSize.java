package org.polyaxon.spec.compile;

import java.util.Collection;
import java.util.OptionalLong;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.model.Hptuning;

/**
 * How many experiments a group expands to: grid search the product of the option sizes (cut at
 * {@code n_experiments}), random search {@code n_experiments} (capped at the space size when every
 * option is discrete), Bayesian optimisation its initial trials plus iterations, Hyperband every
 * trial of every rung of every bracket.
 */
public final class GroupSize {

  /** Slack for floating-point powers and logarithms such as log(243) / log(3). */
  private static final double EPSILON = 1e-9;

  private GroupSize() {}

  /** The number of experiments of the search. */
  public static long of(Hptuning hptuning) {
    Collection<MatrixOption> options = hptuning.matrix().values();
    return switch (hptuning.algorithm()) {
      case "random_search" -> {
        long n = hptuning.randomSearch().nExperiments();
        OptionalLong space = spaceSize(options);
        yield space.isPresent() ? Math.min(n, space.getAsLong()) : n;
      }
      case "bo" -> hptuning.bo().nInitialTrials() + hptuning.bo().nIterations();
      case "hyperband" ->
          hyperbandTrials(hptuning.hyperband().maxIter(), hptuning.hyperband().eta().doubleValue());
      default -> {
        long size = spaceSize(options).orElse(0);
        Long limit = hptuning.gridSearch() == null ? null : hptuning.gridSearch().nExperiments();
        yield limit == null ? size : Math.min(size, limit);
      }
    };
  }

  /** The product of the option sizes, or empty when an option is continuous. */
  public static OptionalLong spaceSize(Collection<MatrixOption> options) {
    long product = 1;
    for (MatrixOption option : options) {
      OptionalLong size = size(option);
      if (size.isEmpty()) {
        return OptionalLong.empty();
      }
      product = saturatedMultiply(product, size.getAsLong());
    }
    return OptionalLong.of(product);
  }

  /** The number of values of a discrete option, or empty for a continuous one. */
  public static OptionalLong size(MatrixOption option) {
    if (option instanceof MatrixOption.Values v) {
      return OptionalLong.of(v.values().size());
    } else if (option instanceof MatrixOption.PValues p) {
      return OptionalLong.of(p.values().size());
    } else if (option instanceof MatrixOption.Range r) {
      return OptionalLong.of(rangeSize(r));
    } else if (option instanceof MatrixOption.Linspace l) {
      return OptionalLong.of(l.num());
    } else if (option instanceof MatrixOption.Logspace l) {
      return OptionalLong.of(l.num());
    } else if (option instanceof MatrixOption.Geomspace g) {
      return OptionalLong.of(g.num());
    }
    return OptionalLong.empty();
  }

  /** numpy's arange length: ceil((stop - start) / step), at least 0. */
  static long rangeSize(MatrixOption.Range range) {
    if (range.start() instanceof Long start
        && range.stop() instanceof Long stop
        && range.step() instanceof Long step) {
      long span = stop - start;
      long size = span / step + ((span % step != 0 && (span < 0) == (step < 0)) ? 1 : 0);
      return Math.max(0, size);
    }
    double size =
        Math.ceil(
            (range.stop().doubleValue() - range.start().doubleValue()) / range.step().doubleValue()
                - EPSILON);
    return (long) Math.max(0, Math.min(size, Long.MAX_VALUE));
  }

  /**
   * All trials of Hyperband (Li et al. 2018) for {@code maxIter} and {@code eta}: s_max =
   * floor(log_eta(maxIter)) and, for each bracket s from s_max down to 0, n = ceil((s_max + 1) / (s
   * + 1) * eta^s) configurations, of which floor(n / eta^i) run in rung i = 0..s.
   */
  public static long hyperbandTrials(long maxIter, double eta) {
    int sMax = 0;
    while (Math.pow(eta, sMax + 1) <= maxIter * (1 + EPSILON)) {
      sMax++;
    }
    long total = 0;
    for (int s = sMax; s >= 0; s--) {
      double n = Math.ceil((double) (sMax + 1) / (s + 1) * Math.pow(eta, s) - EPSILON);
      for (int i = 0; i <= s; i++) {
        total += (long) Math.floor(n / Math.pow(eta, i) + EPSILON);
      }
    }
    return total;
  }

  private static long saturatedMultiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
  }
}
