package org.polyaxon.spec.search.bo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.space.Axes;
import org.polyaxon.spec.search.space.DiscreteAxis;

/**
 * Maps matrix points to and from the unit cube the Gaussian process works in. A {@code uniform} is
 * one coordinate scaled from {@code [low, high]}; a numeric discrete option is one coordinate
 * scaled from its smallest to its largest value, decoded to the nearest allowed value; any other
 * discrete option is one-hot encoded (a coordinate per value, decoded to the largest), so no
 * artificial order is imposed on, say, optimiser names.
 */
final class SpaceEncoder {
  private static final long MAX_NUMERIC_VALUES = 1_000_000;

  private final List<String> names;
  private final List<Dimension> dimensions;
  private final int width;

  SpaceEncoder(Map<String, MatrixOption> matrix) {
    this.names = List.copyOf(matrix.keySet());
    List<Dimension> built = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, MatrixOption> entry : matrix.entrySet()) {
      Dimension dimension = dimension(entry.getKey(), entry.getValue());
      built.add(dimension);
      total += dimension.width();
    }
    this.dimensions = List.copyOf(built);
    this.width = total;
  }

  /** The number of coordinates of an encoded point. */
  int width() {
    return width;
  }

  double[] encode(Map<String, Object> params) {
    double[] x = new double[width];
    int at = 0;
    for (int i = 0; i < names.size(); i++) {
      dimensions.get(i).encode(params.get(names.get(i)), x, at);
      at += dimensions.get(i).width();
    }
    return x;
  }

  Map<String, Object> decode(double[] x) {
    Map<String, Object> params = new LinkedHashMap<>();
    int at = 0;
    for (int i = 0; i < names.size(); i++) {
      params.put(names.get(i), dimensions.get(i).decode(x, at));
      at += dimensions.get(i).width();
    }
    return params;
  }

  /** The encoding of the point {@code x} decodes to: what the model will actually see. */
  double[] snap(double[] x) {
    return encode(decode(x));
  }

  /** A uniformly random point of the cube. */
  double[] random(RandomGenerator random) {
    double[] x = new double[width];
    for (int i = 0; i < width; i++) {
      x[i] = random.nextDouble();
    }
    return x;
  }

  private static Dimension dimension(String name, MatrixOption option) {
    if (option instanceof MatrixOption.Uniform u) {
      return new Continuous(u.low(), u.high());
    }
    if (!option.isDiscrete() || option instanceof MatrixOption.PValues) {
      throw new IllegalArgumentException(
          "bayesian optimisation accepts discrete options and uniform, not "
              + option.key()
              + " for "
              + name);
    }
    DiscreteAxis axis = Axes.of(option);
    if (axis.size() == 0) {
      throw new IllegalArgumentException(name + " has no values");
    }
    List<Object> values = axis.size() <= MAX_NUMERIC_VALUES ? axis.toList() : null;
    if (values == null) {
      throw new IllegalArgumentException(name + " has too many values for bayesian optimisation");
    }
    boolean numeric = values.stream().allMatch(v -> v instanceof Number && !(v instanceof Boolean));
    return numeric ? Numeric.of(values) : new Categorical(values);
  }

  private interface Dimension {
    int width();

    void encode(Object value, double[] x, int at);

    Object decode(double[] x, int at);
  }

  private record Continuous(double low, double high) implements Dimension {
    @Override
    public int width() {
      return 1;
    }

    @Override
    public void encode(Object value, double[] x, int at) {
      x[at] = high == low ? 0.5 : (((Number) value).doubleValue() - low) / (high - low);
    }

    @Override
    public Object decode(double[] x, int at) {
      return low + Math.min(1, Math.max(0, x[at])) * (high - low);
    }
  }

  /** Distinct numeric values, sorted, each with the first value (and type) that gave it. */
  private record Numeric(double[] sorted, Object[] originals) implements Dimension {
    static Numeric of(List<Object> values) {
      TreeMap<Double, Object> distinct = new TreeMap<>();
      values.forEach(v -> distinct.putIfAbsent(((Number) v).doubleValue(), v));
      double[] sorted = distinct.keySet().stream().mapToDouble(Double::doubleValue).toArray();
      return new Numeric(sorted, distinct.values().toArray());
    }

    private double min() {
      return sorted[0];
    }

    private double span() {
      return sorted[sorted.length - 1] - sorted[0];
    }

    @Override
    public int width() {
      return 1;
    }

    @Override
    public void encode(Object value, double[] x, int at) {
      x[at] = span() == 0 ? 0.5 : (((Number) value).doubleValue() - min()) / span();
    }

    @Override
    public Object decode(double[] x, int at) {
      double target = min() + Math.min(1, Math.max(0, x[at])) * span();
      int k = Arrays.binarySearch(sorted, target);
      if (k >= 0) {
        return originals[k];
      }
      int above = -k - 1;
      if (above == 0) {
        return originals[0];
      }
      if (above == sorted.length) {
        return originals[sorted.length - 1];
      }
      boolean lower = target - sorted[above - 1] <= sorted[above] - target;
      return originals[lower ? above - 1 : above];
    }
  }

  private record Categorical(List<Object> values) implements Dimension {
    @Override
    public int width() {
      return values.size();
    }

    @Override
    public void encode(Object value, double[] x, int at) {
      int index = values.indexOf(value);
      if (index < 0) {
        throw new IllegalArgumentException("not a value of the matrix: " + value);
      }
      Arrays.fill(x, at, at + values.size(), 0.0);
      x[at + index] = 1.0;
    }

    @Override
    public Object decode(double[] x, int at) {
      int best = 0;
      for (int i = 1; i < values.size(); i++) {
        if (x[at + i] > x[at + best]) {
          best = i;
        }
      }
      return values.get(best);
    }
  }
}
