package org.polyaxon.core.run.query;

import org.polyaxon.core.run.query.RunColumn.ValueType;

/**
 * A field of a run named in a query or a sort: a fixed column, the latest value of a metric, or a
 * declaration. Metric and declaration names are the user's text; stores must bind them as values.
 */
public sealed interface RunField {
  /** What values the field holds. */
  ValueType type();

  /** The field as written in a query, for example {@code metric.loss}. */
  String wireName();

  /** One of the run's fixed fields. */
  record Column(RunColumn column) implements RunField {
    @Override
    public ValueType type() {
      return column.type();
    }

    @Override
    public String wireName() {
      return column.wireName();
    }
  }

  /** The latest value the run reported for the metric {@code name}; absent if it never did. */
  record Metric(String name) implements RunField {
    public static final String PREFIX = "metric.";

    @Override
    public ValueType type() {
      return ValueType.NUMBER;
    }

    @Override
    public String wireName() {
      return PREFIX + name;
    }
  }

  /** The declaration {@code name}: compared as a number when the query gives one, else as text. */
  record Declaration(String name) implements RunField {
    public static final String PREFIX = "declarations.";

    @Override
    public ValueType type() {
      return ValueType.NUMBER_OR_TEXT;
    }

    @Override
    public String wireName() {
      return PREFIX + name;
    }
  }
}
