package org.polyaxon.spec.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * One representative value per matrix option (its first value, its start, its low bound or its
 * mean), so that command templates can be checked before any search runs.
 */
public final class MatrixSample {

  private MatrixSample() {}

  /** A value of each parameter. */
  public static Map<String, Object> of(Map<String, MatrixOption> matrix) {
    Map<String, Object> sample = new LinkedHashMap<>();
    matrix.forEach((name, option) -> sample.put(name, valueOf(option)));
    return sample;
  }

  static Object valueOf(MatrixOption option) {
    if (option instanceof MatrixOption.Values v) {
      return first(v.values());
    } else if (option instanceof MatrixOption.PValues p) {
      return p.values().isEmpty() ? null : p.values().get(0).value();
    } else if (option instanceof MatrixOption.Range r) {
      return r.start();
    } else if (option instanceof MatrixOption.Linspace l) {
      return l.start();
    } else if (option instanceof MatrixOption.Logspace l) {
      return Math.pow(10, l.start().doubleValue());
    } else if (option instanceof MatrixOption.Geomspace g) {
      return g.start();
    } else if (option instanceof MatrixOption.Uniform u) {
      return u.low();
    } else if (option instanceof MatrixOption.QUniform u) {
      return u.low();
    } else if (option instanceof MatrixOption.LogUniform u) {
      return Math.exp(u.low());
    } else if (option instanceof MatrixOption.QLogUniform u) {
      return Math.exp(u.low());
    } else if (option instanceof MatrixOption.Normal n) {
      return n.loc();
    } else if (option instanceof MatrixOption.QNormal n) {
      return n.loc();
    } else if (option instanceof MatrixOption.LogNormal n) {
      return Math.exp(n.loc());
    }
    return Math.exp(((MatrixOption.QLogNormal) option).loc());
  }

  private static Object first(List<Object> values) {
    return values.isEmpty() ? null : values.get(0);
  }
}
