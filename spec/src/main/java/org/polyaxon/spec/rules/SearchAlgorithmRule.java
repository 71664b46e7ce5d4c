package org.polyaxon.spec.rules;

import java.util.List;
import java.util.Optional;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.schema.HptuningSchema;
import org.polyaxon.spec.schema.MatrixOptionReader;
import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * At most one search algorithm, a non-empty matrix, grid search on discrete options only and
 * Bayesian optimisation on discrete options and {@code uniform} only.
 */
public final class SearchAlgorithmRule implements Rule {

  @Override
  public void check(SpecNode.MapNode root, String kind, Problems problems) {
    SpecNode.MapNode hptuning = Nodes.map(root, "hptuning").orElse(null);
    if (!kind.equals("group") || hptuning == null) {
      return;
    }
    List<String> given =
        HptuningSchema.ALGORITHMS.stream().filter(key -> Nodes.has(hptuning, key)).toList();
    for (String extra : given.subList(Math.min(1, given.size()), given.size())) {
      problems.add(
          Nodes.keyPosition(hptuning, extra),
          "hptuning." + extra,
          "only one search algorithm may be given, and `" + given.get(0) + "` is already given");
    }
    checkHyperbandBrackets(hptuning, problems);
    SpecNode.MapNode matrix = Nodes.map(hptuning, "matrix").orElse(null);
    if (matrix == null) {
      return;
    }
    if (matrix.entries().isEmpty()) {
      problems.add(matrix.position(), "hptuning.matrix", "expected at least one parameter");
      return;
    }
    String algorithm = given.isEmpty() ? "grid_search" : given.get(0);
    for (SpecNode.Entry entry : matrix.entries().values()) {
      Optional<MatrixOption> option =
          MatrixOptionReader.read(entry.value(), "", new Problems()); // reported by the schema
      if (option.isEmpty()) {
        continue;
      }
      SpecNode.MapNode optionNode = (SpecNode.MapNode) entry.value();
      String path = "hptuning.matrix." + entry.key() + "." + option.get().key();
      var at = Nodes.keyPosition(optionNode, option.get().key());
      if (algorithm.equals("grid_search") && option.get().isDistribution()) {
        problems.add(
            at,
            path,
            "grid search takes only values, range, linspace, logspace and geomspace; `"
                + option.get().key()
                + "` needs random_search, hyperband or bo");
      }
      if (algorithm.equals("bo")
          && option.get().isDistribution()
          && !(option.get() instanceof MatrixOption.Uniform)) {
        problems.add(
            at,
            path,
            "bayesian optimisation takes only discrete options and uniform, not `"
                + option.get().key()
                + "`");
      }
    }
  }

  /** Bounds the work of counting trials: log_eta(max_iter) brackets, each with its rungs. */
  private static void checkHyperbandBrackets(SpecNode.MapNode hptuning, Problems problems) {
    SpecNode.MapNode hyperband = Nodes.map(hptuning, "hyperband").orElse(null);
    Long maxIter = Nodes.integer(hyperband, "max_iter").orElse(null);
    if (maxIter == null
        || !(hyperband.get("eta") instanceof SpecNode.ScalarNode scalar
            && scalar.value() instanceof Number eta
            && eta.doubleValue() > 1)) {
      return;
    }
    double brackets = Math.log(maxIter) / Math.log(eta.doubleValue());
    if (brackets > MAX_BRACKETS) {
      problems.add(
          hyperband.get("eta").position(),
          "hptuning.hyperband.eta",
          "eta "
              + eta
              + " is too close to 1 for max_iter "
              + maxIter
              + ": more than "
              + MAX_BRACKETS
              + " brackets");
    }
  }

  static final int MAX_BRACKETS = 64;
}
