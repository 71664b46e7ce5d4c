package org.polyaxon.spec.search.space;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * The cartesian product of discrete matrix options, never materialised: point {@code i} is decoded
 * from {@code i} as a mixed-radix number whose digits index each axis, the last parameter varying
 * fastest (the order of Python's {@code itertools.product}).
 */
public final class GridSpace {
  private final List<String> names;
  private final List<DiscreteAxis> axes;
  private final long size;

  /**
   * @param matrix discrete options only, in the order the grid should vary them
   * @throws IllegalArgumentException for a distribution, or when the grid has more than {@code
   *     Long.MAX_VALUE} points
   */
  public GridSpace(Map<String, MatrixOption> matrix) {
    this.names = List.copyOf(matrix.keySet());
    List<DiscreteAxis> built = new ArrayList<>();
    long product = 1;
    for (Map.Entry<String, MatrixOption> entry : matrix.entrySet()) {
      DiscreteAxis axis = Axes.of(entry.getValue());
      built.add(axis);
      try {
        product = Math.multiplyExact(product, axis.size());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("the grid has more than 2^63 points", e);
      }
    }
    this.axes = List.copyOf(built);
    this.size = product;
  }

  /** The number of points; an empty matrix has one point, with no params. */
  public long size() {
    return size;
  }

  /** The axis of each parameter, in matrix order. */
  public List<DiscreteAxis> axes() {
    return axes;
  }

  /** The parameter names, in matrix order. */
  public List<String> names() {
    return names;
  }

  /** Point {@code index} of the grid, params in matrix order. */
  public Map<String, Object> point(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("grid index " + index + " out of 0.." + size);
    }
    long[] digits = digits(index);
    Map<String, Object> point = new LinkedHashMap<>();
    for (int i = 0; i < axes.size(); i++) {
      point.put(names.get(i), axes.get(i).value(digits[i]));
    }
    return Collections.unmodifiableMap(point);
  }

  /** The axis index of each parameter for grid point {@code index}. */
  public long[] digits(long index) {
    long[] digits = new long[axes.size()];
    long rest = index;
    for (int i = axes.size() - 1; i >= 0; i--) {
      long radix = axes.get(i).size();
      digits[i] = rest % radix;
      rest /= radix;
    }
    return digits;
  }
}
