package org.polyaxon.spec.schema;

import java.util.ArrayList;
import java.util.List;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * The numeric arguments of a range or distribution, in any of the three syntaxes: a list, a mapping
 * with the argument names as keys, or a colon-separated string.
 */
final class NumericArguments {

  private NumericArguments() {}

  /** The arguments in declaration order, or null after recording problems. */
  static List<Number> read(
      String option, List<String> names, SpecNode node, String path, Problems problems) {
    String syntax =
        "["
            + String.join(", ", names)
            + "], {"
            + String.join(", ", names)
            + "} or \""
            + String.join(":", names)
            + "\"";
    if (node instanceof SpecNode.ListNode list) {
      return fromList(option, names, list, path, problems);
    }
    if (node instanceof SpecNode.MapNode map) {
      return fromMap(names, map, path, problems);
    }
    if (node instanceof SpecNode.ScalarNode scalar && scalar.value() instanceof String text) {
      return fromColonString(option, names, text, node, path, problems, syntax);
    }
    problems.add(node.position(), path, "expected " + syntax + ", got " + node.describe());
    return null;
  }

  private static List<Number> fromList(
      String option, List<String> names, SpecNode.ListNode list, String path, Problems problems) {
    if (list.items().size() != names.size()) {
      problems.add(list.position(), path, wrongCount(option, names, list.items().size()));
      return null;
    }
    List<Number> args = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      SpecNode item = list.items().get(i);
      Number number = number(item, Problems.item(path, i), names.get(i), problems);
      if (number == null) {
        return null;
      }
      args.add(number);
    }
    return args;
  }

  private static List<Number> fromMap(
      List<String> names, SpecNode.MapNode map, String path, Problems problems) {
    int before = problems.size();
    for (SpecNode.Entry entry : map.entries().values()) {
      if (!names.contains(entry.key())) {
        problems.add(
            entry.keyPosition(),
            Problems.child(path, entry.key()),
            "unknown argument; expected " + String.join(", ", names));
      }
    }
    List<Number> args = new ArrayList<>();
    for (String name : names) {
      SpecNode.Entry entry = map.entries().get(name);
      if (entry == null) {
        problems.add(map.position(), Problems.child(path, name), "is required (a number)");
        continue;
      }
      Number number = number(entry.value(), Problems.child(path, name), name, problems);
      args.add(number);
    }
    return problems.size() > before ? null : args;
  }

  private static List<Number> fromColonString(
      String option,
      List<String> names,
      String text,
      SpecNode node,
      String path,
      Problems problems,
      String syntax) {
    String[] parts = text.split(":", -1);
    if (parts.length != names.size()) {
      problems.add(node.position(), path, wrongCount(option, names, parts.length));
      return null;
    }
    List<Number> args = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Number number = parseNumber(parts[i].trim());
      if (number == null) {
        problems.add(
            node.position(),
            path,
            "expected " + syntax + " with numbers, but " + names.get(i) + " is `" + parts[i] + "`");
        return null;
      }
      args.add(number);
    }
    return args;
  }

  private static String wrongCount(String option, List<String> names, int got) {
    return "`"
        + option
        + "` takes exactly "
        + names.size()
        + " values ["
        + String.join(", ", names)
        + "], got "
        + got;
  }

  private static Number number(SpecNode node, String path, String name, Problems problems) {
    if (node instanceof SpecNode.ScalarNode scalar
        && scalar.value() instanceof Number number
        && Double.isFinite(number.doubleValue())) {
      return number;
    }
    problems.add(
        node.position(), path, "expected a number for " + name + ", got " + node.describe());
    return null;
  }

  /** An integer as {@link Long}, otherwise a finite {@link Double}, or null. */
  static Number parseNumber(String text) {
    if (text.matches("[-+]?[0-9]{1,18}")) {
      return Long.parseLong(text);
    }
    if (!text.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
      return null;
    }
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? value : null;
  }
}
