package org.polyaxon.spec.schema;

import java.util.List;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.yaml.SpecNode;

/** Builds a range or distribution option from its arguments, checking what they must satisfy. */
final class NumericOptions {

  private NumericOptions() {}

  static MatrixOption build(
      String key, List<Number> args, SpecNode node, String path, Problems problems) {
    Number a = args.get(0);
    Number b = args.get(1);
    Number c = args.size() > 2 ? args.get(2) : null;
    switch (key) {
      case "range" -> {
        if (c.doubleValue() == 0) {
          problems.add(node.position(), path, "the step of a range must not be 0");
          return null;
        }
        return new MatrixOption.Range(a, b, c);
      }
      case "linspace", "logspace", "geomspace" -> {
        if (!(c instanceof Long num) || num < 1 || num > Integer.MAX_VALUE) {
          problems.add(node.position(), path, "num must be a positive integer, got " + c);
          return null;
        }
        if (key.equals("geomspace") && (a.doubleValue() == 0 || b.doubleValue() == 0)) {
          problems.add(node.position(), path, "a geomspace cannot start or stop at 0");
          return null;
        }
        int n = num.intValue();
        return switch (key) {
          case "linspace" -> new MatrixOption.Linspace(a, b, n);
          case "logspace" -> new MatrixOption.Logspace(a, b, n);
          default -> new MatrixOption.Geomspace(a, b, n);
        };
      }
      default -> {
        return distribution(key, a.doubleValue(), b.doubleValue(), c, node, path, problems);
      }
    }
  }

  private static MatrixOption distribution(
      String key, double a, double b, Number c, SpecNode node, String path, Problems problems) {
    if (c != null && !(c.doubleValue() > 0)) {
      problems.add(node.position(), path, "q must be greater than 0, got " + c);
      return null;
    }
    if (key.contains("uniform") && !(a < b)) {
      problems.add(node.position(), path, "low must be less than high");
      return null;
    }
    if (key.contains("normal") && !(b > 0)) {
      problems.add(node.position(), path, "scale must be greater than 0");
      return null;
    }
    return switch (key) {
      case "uniform" -> new MatrixOption.Uniform(a, b);
      case "quniform" -> new MatrixOption.QUniform(a, b, c.doubleValue());
      case "loguniform" -> new MatrixOption.LogUniform(a, b);
      case "qloguniform" -> new MatrixOption.QLogUniform(a, b, c.doubleValue());
      case "normal" -> new MatrixOption.Normal(a, b);
      case "qnormal" -> new MatrixOption.QNormal(a, b, c.doubleValue());
      case "lognormal" -> new MatrixOption.LogNormal(a, b);
      default -> new MatrixOption.QLogNormal(a, b, c.doubleValue());
    };
  }
}
