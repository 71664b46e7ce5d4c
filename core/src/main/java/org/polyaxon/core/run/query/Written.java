package org.polyaxon.core.run.query;

import java.util.Arrays;
import java.util.List;
import org.polyaxon.core.run.query.Condition.Operator;

/**
 * The operator and value texts of a condition as written, before they are typed by the field.
 *
 * @param negated starts with {@code ~}
 * @param operator the operator the syntax spells
 * @param symbol how it was spelled, for messages
 * @param values the value texts, trimmed and never empty
 */
record Written(boolean negated, Operator operator, String symbol, List<String> values) {
  private static final String RANGE = "..";

  /** Reads {@code value}, the text after the field's colon in {@code condition}. */
  static Written of(String condition, String value) {
    String rest = value;
    boolean negated = rest.startsWith("~");
    if (negated) {
      rest = rest.substring(1).trim();
    }
    if (rest.isEmpty()) {
      throw RunQueryParser.problem(
          condition, "expected a value after '" + (negated ? "~" : ":") + "'");
    }
    if (rest.contains(RANGE)) {
      String[] ends = rest.split("\\.\\.", -1);
      if (ends.length != 2
          || ends[0].isBlank()
          || ends[1].isBlank()
          || rest.contains("|")
          || startsWithComparison(rest)) {
        throw RunQueryParser.problem(
            condition,
            "expected a range written 'low .. high', for example 2019-01-01 .. 2019-02-01");
      }
      return new Written(negated, Operator.RANGE, RANGE, List.of(ends[0].trim(), ends[1].trim()));
    }
    for (String symbol : List.of(">=", "<=", ">", "<")) {
      if (rest.startsWith(symbol)) {
        String operand = rest.substring(symbol.length()).trim();
        if (operand.isEmpty() || operand.contains("|") || startsWithComparison(operand)) {
          throw RunQueryParser.problem(condition, "expected one value after '" + symbol + "'");
        }
        return new Written(negated, comparison(symbol), symbol, List.of(operand));
      }
    }
    if (rest.contains("|")) {
      List<String> options = Arrays.stream(rest.split("\\|", -1)).map(String::trim).toList();
      if (options.stream().anyMatch(String::isEmpty)) {
        throw RunQueryParser.problem(condition, "expected values separated by '|', as in a|b|c");
      }
      return new Written(negated, Operator.IN, "|", options);
    }
    return new Written(negated, Operator.EQ, negated ? "~" : ":", List.of(rest));
  }

  /** Where the value stood, for messages: {@code " after '>'"}. */
  String after() {
    return operator == Operator.EQ && !negated ? "" : " after '" + symbol + "'";
  }

  private static boolean startsWithComparison(String text) {
    return text.startsWith(">") || text.startsWith("<");
  }

  private static Operator comparison(String symbol) {
    return switch (symbol) {
      case ">=" -> Operator.GTE;
      case "<=" -> Operator.LTE;
      case ">" -> Operator.GT;
      default -> Operator.LT;
    };
  }
}
