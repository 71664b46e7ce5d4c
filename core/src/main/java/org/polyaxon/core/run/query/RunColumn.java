package org.polyaxon.core.run.query;

import java.util.Locale;

/**
 * The fixed fields of a run that a list query can filter on and, when {@code sortable}, sort by.
 * Metrics and declarations are fields too, named by the user ({@link RunField}).
 */
public enum RunColumn {
  ID(ValueType.WHOLE_NUMBER, true),
  NAME(ValueType.TEXT, true),
  STATUS(ValueType.STATUS, true),
  USER(ValueType.TEXT, false),
  TAGS(ValueType.TEXT, false),
  GROUP(ValueType.WHOLE_NUMBER, false),
  CREATED_AT(ValueType.TIME, true),
  UPDATED_AT(ValueType.TIME, true),
  STARTED_AT(ValueType.TIME, true),
  FINISHED_AT(ValueType.TIME, true);

  /** What the values of a field are, which decides the operators it accepts. */
  public enum ValueType {
    WHOLE_NUMBER,
    TEXT,
    STATUS,
    TIME,
    NUMBER,
    NUMBER_OR_TEXT
  }

  private final ValueType type;
  private final boolean sortable;

  RunColumn(ValueType type, boolean sortable) {
    this.type = type;
    this.sortable = sortable;
  }

  public ValueType type() {
    return type;
  }

  public boolean sortable() {
    return sortable;
  }

  /** The name used in queries, for example {@code created_at}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
