package org.polyaxon.core.run.query;

import java.util.List;

/**
 * One condition of a query: {@code field op values}, or its negation. A negated condition matches
 * every run the condition does not match, runs without the field (no such metric) included.
 *
 * @param field what is compared
 * @param negated written with {@code ~}
 * @param operator how
 * @param values one value; several for {@link Operator#IN}; low and high for {@link
 *     Operator#RANGE}; none for {@link Operator#ABSENT}
 */
public record Condition(
    RunField field, boolean negated, Operator operator, List<QueryValue> values) {

  /** The operators of the query syntax. */
  public enum Operator {
    /** {@code field:value} */
    EQ,
    /** {@code field:a|b|c} */
    IN,
    /** {@code field:>value} */
    GT,
    /** {@code field:>=value} */
    GTE,
    /** {@code field:<value} */
    LT,
    /** {@code field:<=value} */
    LTE,
    /** {@code field:low .. high}, both ends included */
    RANGE,
    /** The run has no value for the field (an experiment outside any group); no query syntax. */
    ABSENT
  }

  public Condition {
    values = List.copyOf(values);
    int expected =
        switch (operator) {
          case IN -> Math.max(1, values.size());
          case RANGE -> 2;
          case ABSENT -> 0;
          default -> 1;
        };
    if (values.size() != expected) {
      throw new IllegalArgumentException(operator + " takes " + expected + " value(s)");
    }
  }

  /** The only value, or the first. */
  public QueryValue value() {
    return values.get(0);
  }
}
