package org.polyaxon.spec.matrix;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a group's {@code hptuning.matrix}: how the values of one hyperparameter are chosen.
 * The Polyaxonfile parser builds these (after validating them, with positions); the search
 * algorithms enumerate or sample them.
 *
 * <p>Discrete options ({@link Values}, {@link Range}, {@link Linspace}, {@link Logspace}, {@link
 * Geomspace}) have a finite, ordered set of values and are the only ones grid search accepts.
 * {@link PValues} is discrete but weighted, so like the continuous distributions it is for random
 * search and hyperband only. Bayesian optimisation accepts the discrete options and {@link
 * Uniform}.
 *
 * <p>Numbers keep the type they were written with ({@link Long} for integers, {@link Double}
 * otherwise), so an integer {@code range} yields integers as numpy's {@code arange} does.
 */
public sealed interface MatrixOption {

  /** The Polyaxonfile key of this option, for example {@code "linspace"}. */
  String key();

  /** True for options with a finite set of values, including {@link PValues}. */
  default boolean isDiscrete() {
    return this instanceof Values
        || this instanceof PValues
        || this instanceof Range
        || this instanceof Linspace
        || this instanceof Logspace
        || this instanceof Geomspace;
  }

  /** True for options that are sampled rather than enumerated: {@link PValues} and the rest. */
  default boolean isDistribution() {
    return !isDiscrete() || this instanceof PValues;
  }

  /** {@code values: [a, b, c]}: any values, strings and numbers alike. */
  record Values(List<Object> values) implements MatrixOption {
    public Values {
      values = List.copyOf(values);
    }

    @Override
    public String key() {
      return "values";
    }
  }

  /** {@code pvalues: [[a, 0.3], [b, 0.7]]}: values with probabilities summing to 1. */
  record PValues(List<Weighted> values) implements MatrixOption {
    public PValues {
      values = List.copyOf(values);
    }

    @Override
    public String key() {
      return "pvalues";
    }
  }

  /** One value of {@link PValues} with the probability of drawing it. */
  record Weighted(Object value, double probability) {}

  /** {@code range: [start, stop, step]}: numpy's arange, stop excluded. */
  record Range(Number start, Number stop, Number step) implements MatrixOption {
    public Range {
      Objects.requireNonNull(start);
      Objects.requireNonNull(stop);
      Objects.requireNonNull(step);
    }

    @Override
    public String key() {
      return "range";
    }
  }

  /** {@code linspace: [start, stop, num]}: num evenly spaced values, both ends included. */
  record Linspace(Number start, Number stop, int num) implements MatrixOption {
    @Override
    public String key() {
      return "linspace";
    }
  }

  /** {@code logspace: [start, stop, num]}: 10^x for num evenly spaced exponents x. */
  record Logspace(Number start, Number stop, int num) implements MatrixOption {
    @Override
    public String key() {
      return "logspace";
    }
  }

  /** {@code geomspace: [start, stop, num]}: num values in geometric progression. */
  record Geomspace(Number start, Number stop, int num) implements MatrixOption {
    @Override
    public String key() {
      return "geomspace";
    }
  }

  /** {@code uniform: [low, high]}. */
  record Uniform(double low, double high) implements MatrixOption {
    @Override
    public String key() {
      return "uniform";
    }
  }

  /** {@code quniform: [low, high, q]}: round(uniform(low, high) / q) * q. */
  record QUniform(double low, double high, double q) implements MatrixOption {
    @Override
    public String key() {
      return "quniform";
    }
  }

  /** {@code loguniform: [low, high]}: exp(uniform(low, high)). */
  record LogUniform(double low, double high) implements MatrixOption {
    @Override
    public String key() {
      return "loguniform";
    }
  }

  /** {@code qloguniform: [low, high, q]}: round(exp(uniform(low, high)) / q) * q. */
  record QLogUniform(double low, double high, double q) implements MatrixOption {
    @Override
    public String key() {
      return "qloguniform";
    }
  }

  /** {@code normal: [loc, scale]}. */
  record Normal(double loc, double scale) implements MatrixOption {
    @Override
    public String key() {
      return "normal";
    }
  }

  /** {@code qnormal: [loc, scale, q]}: round(normal(loc, scale) / q) * q. */
  record QNormal(double loc, double scale, double q) implements MatrixOption {
    @Override
    public String key() {
      return "qnormal";
    }
  }

  /** {@code lognormal: [loc, scale]}: exp(normal(loc, scale)). */
  record LogNormal(double loc, double scale) implements MatrixOption {
    @Override
    public String key() {
      return "lognormal";
    }
  }

  /** {@code qlognormal: [loc, scale, q]}: round(exp(normal(loc, scale)) / q) * q. */
  record QLogNormal(double loc, double scale, double q) implements MatrixOption {
    @Override
    public String key() {
      return "qlognormal";
    }
  }
}
