package org.polyaxon.spec.search.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * Draws one value of a matrix option. Discrete options are a uniform choice among their values,
 * {@code pvalues} a choice weighted by the probabilities; the q-variants round to the nearest
 * multiple of {@code q} (half to even, as numpy's {@code round}); the log-variants exponentiate a
 * uniform or normal draw.
 */
public final class Sampler {
  private Sampler() {}

  /** One value of {@code option}, drawn with {@code random}. */
  public static Object sample(MatrixOption option, RandomGenerator random) {
    if (option instanceof MatrixOption.PValues p) {
      return weighted(p.values(), random);
    }
    if (option.isDiscrete()) {
      DiscreteAxis axis = Axes.of(option);
      if (axis.size() == 0) {
        throw new IllegalArgumentException(option.key() + " has no values to sample");
      }
      return axis.value(random.nextLong(axis.size()));
    }
    return continuous(option, random);
  }

  /** One value of each option, in matrix order. */
  public static Map<String, Object> samplePoint(
      Map<String, MatrixOption> matrix, RandomGenerator random) {
    Map<String, Object> point = new LinkedHashMap<>();
    matrix.forEach((name, option) -> point.put(name, sample(option, random)));
    return Collections.unmodifiableMap(point);
  }

  private static double continuous(MatrixOption option, RandomGenerator random) {
    if (option instanceof MatrixOption.Uniform u) {
      return uniform(u.low(), u.high(), random);
    }
    if (option instanceof MatrixOption.QUniform u) {
      return quantise(uniform(u.low(), u.high(), random), u.q());
    }
    if (option instanceof MatrixOption.LogUniform u) {
      return Math.exp(uniform(u.low(), u.high(), random));
    }
    if (option instanceof MatrixOption.QLogUniform u) {
      return quantise(Math.exp(uniform(u.low(), u.high(), random)), u.q());
    }
    if (option instanceof MatrixOption.Normal n) {
      return n.loc() + n.scale() * random.nextGaussian();
    }
    if (option instanceof MatrixOption.QNormal n) {
      return quantise(n.loc() + n.scale() * random.nextGaussian(), n.q());
    }
    if (option instanceof MatrixOption.LogNormal n) {
      return Math.exp(n.loc() + n.scale() * random.nextGaussian());
    }
    if (option instanceof MatrixOption.QLogNormal n) {
      return quantise(Math.exp(n.loc() + n.scale() * random.nextGaussian()), n.q());
    }
    throw new IllegalArgumentException("not a distribution: " + option.key());
  }

  private static double uniform(double low, double high, RandomGenerator random) {
    return low + (high - low) * random.nextDouble();
  }

  private static double quantise(double x, double q) {
    if (!(q > 0)) {
      throw new IllegalArgumentException("q must be positive: " + q);
    }
    return Math.rint(x / q) * q;
  }

  private static Object weighted(List<MatrixOption.Weighted> values, RandomGenerator random) {
    // Summed in the same order as below so that u < total always meets a value with weight.
    double total = 0;
    for (MatrixOption.Weighted w : values) {
      total += w.probability();
    }
    if (values.isEmpty() || !(total > 0)) {
      throw new IllegalArgumentException("pvalues needs positive probabilities");
    }
    // Normalising by the sum tolerates probabilities that add up to 1 only up to rounding.
    double u = random.nextDouble() * total;
    double cumulative = 0;
    for (MatrixOption.Weighted w : values) {
      cumulative += w.probability();
      if (u < cumulative) {
        return w.value();
      }
    }
    return values.get(values.size() - 1).value();
  }
}
