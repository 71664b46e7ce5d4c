package org.polyaxon.spec.search.space;

import java.util.List;
import java.util.Objects;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * Enumerates the discrete matrix options with numpy's semantics: {@code range} is {@code arange}
 * (stop excluded, integers stay integers when start, stop and step all are), {@code linspace}
 * includes both ends and always yields floats, {@code logspace} is {@code 10^x} over a linspace of
 * exponents, {@code geomspace} is a geometric progression whose ends are exactly start and stop.
 */
public final class Axes {
  private Axes() {}

  /**
   * The axis of a discrete option ({@code pvalues} gives its values, in order).
   *
   * @throws IllegalArgumentException for a distribution or invalid arguments
   */
  public static DiscreteAxis of(MatrixOption option) {
    if (option instanceof MatrixOption.Values v) {
      return new ListAxis(v.values());
    }
    if (option instanceof MatrixOption.PValues p) {
      return new ListAxis(p.values().stream().map(MatrixOption.Weighted::value).toList());
    }
    if (option instanceof MatrixOption.Range r) {
      return range(r);
    }
    if (option instanceof MatrixOption.Linspace l) {
      return new SpacedAxis(l.start().doubleValue(), l.stop().doubleValue(), count(l.num()), 0);
    }
    if (option instanceof MatrixOption.Logspace l) {
      return new SpacedAxis(l.start().doubleValue(), l.stop().doubleValue(), count(l.num()), 1);
    }
    if (option instanceof MatrixOption.Geomspace g) {
      return geomspace(g);
    }
    throw new IllegalArgumentException(option.key() + " is a distribution, not a discrete option");
  }

  private static int count(int num) {
    if (num < 0) {
      throw new IllegalArgumentException("num must not be negative: " + num);
    }
    return num;
  }

  private static DiscreteAxis range(MatrixOption.Range r) {
    if (isInteger(r.start()) && isInteger(r.stop()) && isInteger(r.step())) {
      long start = r.start().longValue();
      long stop = r.stop().longValue();
      long step = r.step().longValue();
      if (step == 0) {
        throw new IllegalArgumentException("range step must not be 0");
      }
      long span = Math.subtractExact(stop, start);
      // ceil(span / step), and 0 when the step walks away from stop, as arange does.
      long size = Math.max(0, -Math.floorDiv(-span, step));
      return new LongRangeAxis(start, step, size);
    }
    double start = r.start().doubleValue();
    double step = r.step().doubleValue();
    if (step == 0 || !Double.isFinite(step)) {
      throw new IllegalArgumentException("range step must be a finite non-zero number");
    }
    double size = Math.ceil((r.stop().doubleValue() - start) / step);
    return new DoubleRangeAxis(start, step, (long) Math.max(0, size));
  }

  private static boolean isInteger(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
  }

  private static DiscreteAxis geomspace(MatrixOption.Geomspace g) {
    double start = g.start().doubleValue();
    double stop = g.stop().doubleValue();
    if (start == 0 || stop == 0 || Math.signum(start) != Math.signum(stop)) {
      throw new IllegalArgumentException("geomspace needs non-zero start and stop of one sign");
    }
    return new GeomAxis(start, stop, count(g.num()));
  }

  private record ListAxis(List<Object> values) implements DiscreteAxis {
    @Override
    public long size() {
      return values.size();
    }

    @Override
    public Object value(long index) {
      return values.get(Math.toIntExact(index));
    }
  }

  private record LongRangeAxis(long start, long step, long size) implements DiscreteAxis {
    @Override
    public Object value(long index) {
      return start + Objects.checkIndex(index, size) * step;
    }
  }

  private record DoubleRangeAxis(double start, double step, long size) implements DiscreteAxis {
    @Override
    public Object value(long index) {
      return start + Objects.checkIndex(index, size) * step;
    }
  }

  /** linspace (power 0) or logspace (power 1: 10 to the linspace value). */
  private record SpacedAxis(double start, double stop, long size, int power)
      implements DiscreteAxis {
    @Override
    public Object value(long index) {
      double x = linspace(start, stop, size, Objects.checkIndex(index, size));
      return power == 0 ? x : Math.pow(10, x);
    }
  }

  private record GeomAxis(double start, double stop, long size) implements DiscreteAxis {
    @Override
    public Object value(long index) {
      Objects.checkIndex(index, size);
      // The ends are returned exactly rather than through log and pow, as numpy does.
      if (index == 0) {
        return start;
      }
      if (index == size - 1) {
        return stop;
      }
      double exponent =
          linspace(Math.log10(Math.abs(start)), Math.log10(Math.abs(stop)), size, index);
      return Math.signum(start) * Math.pow(10, exponent);
    }
  }

  private static double linspace(double start, double stop, long num, long index) {
    if (num == 1) {
      return start;
    }
    if (index == num - 1) {
      return stop;
    }
    return start + index * ((stop - start) / (num - 1));
  }
}
