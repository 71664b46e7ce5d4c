package org.polyaxon.spec.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.yaml.NodeValues;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * Reads one {@code hptuning.matrix} entry into a {@link MatrixOption}. Ranges and distributions
 * accept a list ({@code [0, 1, 0.1]}), a mapping ({@code {start: 0, stop: 1, step: 0.1}}) or a
 * colon string ({@code "0:1:0.1"}).
 */
public final class MatrixOptionReader {

  /** The argument names of each option; {@code values} and {@code pvalues} take lists instead. */
  static final Map<String, List<String>> ARGUMENTS = new LinkedHashMap<>();

  static {
    ARGUMENTS.put("values", List.of());
    ARGUMENTS.put("pvalues", List.of());
    ARGUMENTS.put("range", List.of("start", "stop", "step"));
    for (String key : List.of("linspace", "logspace", "geomspace")) {
      ARGUMENTS.put(key, List.of("start", "stop", "num"));
    }
    for (String key : List.of("uniform", "loguniform")) {
      ARGUMENTS.put(key, List.of("low", "high"));
    }
    for (String key : List.of("quniform", "qloguniform")) {
      ARGUMENTS.put(key, List.of("low", "high", "q"));
    }
    for (String key : List.of("normal", "lognormal")) {
      ARGUMENTS.put(key, List.of("loc", "scale"));
    }
    for (String key : List.of("qnormal", "qlognormal")) {
      ARGUMENTS.put(key, List.of("loc", "scale", "q"));
    }
  }

  private MatrixOptionReader() {}

  /** The option keys, in the order the reference lists them. */
  public static List<String> optionKeys() {
    return List.copyOf(ARGUMENTS.keySet());
  }

  /** The argument names of an option with numeric arguments, empty for values and pvalues. */
  public static List<String> argumentNames(String option) {
    return ARGUMENTS.getOrDefault(option, List.of());
  }

  /** The option, or empty after recording why the entry is not one. */
  public static Optional<MatrixOption> read(SpecNode node, String path, Problems problems) {
    if (!(node instanceof SpecNode.MapNode map) || map.entries().isEmpty()) {
      problems.add(
          node.position(),
          path,
          "expected a mapping with one of " + String.join(", ", ARGUMENTS.keySet()));
      return Optional.empty();
    }
    int before = problems.size();
    SpecNode.Entry chosen = null;
    for (SpecNode.Entry entry : map.entries().values()) {
      String keyPath = Problems.child(path, entry.key());
      if (!ARGUMENTS.containsKey(entry.key())) {
        problems.add(
            entry.keyPosition(),
            keyPath,
            "unknown matrix option; expected one of " + String.join(", ", ARGUMENTS.keySet()));
      } else if (chosen != null) {
        problems.add(
            entry.keyPosition(),
            keyPath,
            "a parameter takes exactly one option, and `" + chosen.key() + "` is already given");
      } else {
        chosen = entry;
      }
    }
    if (chosen == null || problems.size() > before) {
      return Optional.empty();
    }
    String optionPath = Problems.child(path, chosen.key());
    MatrixOption option =
        switch (chosen.key()) {
          case "values" -> values(chosen.value(), optionPath, problems);
          case "pvalues" -> PValuesReader.read(chosen.value(), optionPath, problems);
          default -> numeric(chosen.key(), chosen.value(), optionPath, problems);
        };
    return problems.size() > before ? Optional.empty() : Optional.ofNullable(option);
  }

  private static MatrixOption values(SpecNode node, String path, Problems problems) {
    if (!(node instanceof SpecNode.ListNode list) || list.items().isEmpty()) {
      problems.add(node.position(), path, "expected a non-empty list of values");
      return null;
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      SpecNode item = list.items().get(i);
      if (item instanceof SpecNode.ScalarNode scalar && scalar.isNull()) {
        // A run parameter cannot be null: it is rendered into commands and exported as JSON.
        problems.add(item.position(), Problems.item(path, i), "expected a value, got null");
        return null;
      }
      values.add(NodeValues.toJava(item));
    }
    return new MatrixOption.Values(values);
  }

  private static MatrixOption numeric(String key, SpecNode node, String path, Problems problems) {
    List<String> names = ARGUMENTS.get(key);
    List<Number> args = NumericArguments.read(key, names, node, path, problems);
    if (args == null) {
      return null;
    }
    return NumericOptions.build(key, args, node, path, problems);
  }
}
