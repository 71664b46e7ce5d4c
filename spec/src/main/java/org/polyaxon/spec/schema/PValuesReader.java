package org.polyaxon.spec.schema;

import java.util.ArrayList;
import java.util.List;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.yaml.NodeValues;
import org.polyaxon.spec.yaml.SpecNode;

/** Reads {@code pvalues: [[value, probability], ...]}. */
final class PValuesReader {

  /** Rounding slack when adding probabilities such as 0.1 + 0.2 + 0.7. */
  private static final double EPSILON = 1e-9;

  private PValuesReader() {}

  static MatrixOption read(SpecNode node, String path, Problems problems) {
    if (!(node instanceof SpecNode.ListNode list) || list.items().isEmpty()) {
      problems.add(
          node.position(), path, "expected a non-empty list of [value, probability] pairs");
      return null;
    }
    int before = problems.size();
    List<MatrixOption.Weighted> weighted = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < list.items().size(); i++) {
      SpecNode item = list.items().get(i);
      String itemPath = Problems.item(path, i);
      if (!(item instanceof SpecNode.ListNode pair) || pair.items().size() != 2) {
        problems.add(item.position(), itemPath, "expected a [value, probability] pair");
        continue;
      }
      SpecNode probabilityNode = pair.items().get(1);
      if (!(probabilityNode instanceof SpecNode.ScalarNode scalar
              && scalar.value() instanceof Number number)
          || !(number.doubleValue() >= 0 && number.doubleValue() <= 1)) {
        problems.add(
            probabilityNode.position(),
            Problems.item(itemPath, 1),
            "expected a probability between 0 and 1, got " + probabilityNode.describe());
        continue;
      }
      sum += number.doubleValue();
      weighted.add(
          new MatrixOption.Weighted(NodeValues.toJava(pair.items().get(0)), number.doubleValue()));
    }
    if (problems.size() == before && sum > 1 + EPSILON) {
      problems.add(
          node.position(),
          path,
          "the probabilities add up to " + Math.round(sum * 1e9) / 1e9 + ", more than 1");
    }
    return problems.size() > before ? null : new MatrixOption.PValues(weighted);
  }
}
