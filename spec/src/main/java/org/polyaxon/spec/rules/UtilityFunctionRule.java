package org.polyaxon.spec.rules;

import java.util.Locale;
import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * Each acquisition function of Bayesian optimisation needs its exploration parameter: {@code ucb}
 * needs {@code kappa}, {@code ei} and {@code poi} need {@code eps}.
 */
public final class UtilityFunctionRule implements Rule {

  @Override
  public void check(SpecNode.MapNode root, String kind, Problems problems) {
    SpecNode.MapNode utility =
        Nodes.map(root, "hptuning")
            .flatMap(hptuning -> Nodes.map(hptuning, "bo"))
            .flatMap(bo -> Nodes.map(bo, "utility_function"))
            .orElse(null);
    String function =
        Nodes.string(utility, "acquisition_function")
            .map(f -> f.toLowerCase(Locale.ROOT))
            .orElse("");
    String needed =
        switch (function) {
          case "ucb" -> "kappa";
          case "ei", "poi" -> "eps";
          default -> null;
        };
    if (needed != null && !Nodes.has(utility, needed)) {
      problems.add(
          utility.position(),
          "hptuning.bo.utility_function." + needed,
          "is required with acquisition_function " + function);
    }
  }
}
