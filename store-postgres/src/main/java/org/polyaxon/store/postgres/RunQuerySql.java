package org.polyaxon.store.postgres;

import static org.polyaxon.store.postgres.PostgresUserStore.utc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.run.query.Condition;
import org.polyaxon.core.run.query.Condition.Operator;
import org.polyaxon.core.run.query.QueryValue;
import org.polyaxon.core.run.query.RunColumn;
import org.polyaxon.core.run.query.RunField;
import org.polyaxon.core.run.query.SortKey;

/**
 * Compiles the parts of a {@link org.polyaxon.core.run.query.RunQuery} into SQL over {@code runs r}
 * (and {@code users u} when a condition names the user). The SQL text is built only from fixed
 * fragments chosen by the query's types; every value, metric and declaration name included, is a
 * named parameter collected in {@link #params()}.
 */
final class RunQuerySql {
  private final Map<String, Object> params = new LinkedHashMap<>();
  private final List<String> joins = new ArrayList<>();
  private boolean needsUsers;

  /** Every parameter the fragments rendered so far refer to. */
  Map<String, Object> params() {
    return params;
  }

  /** Joins the sort expressions rendered so far need, to follow {@code FROM runs r}. */
  String joins() {
    return (needsUsers ? " JOIN users u ON u.id = r.user_id" : "") + String.join("", joins);
  }

  /** A new parameter holding {@code value}; returns its placeholder. */
  String bind(Object value) {
    String name = "q" + params.size();
    params.put(name, value);
    return ":" + name;
  }

  /**
   * One condition. When {@code sortedMetric} is the alias of a row of {@code run_last_metrics}
   * already joined for the same metric, a condition on that metric compares its value directly,
   * which lets the sort's index serve the condition too.
   */
  String condition(Condition condition, SortedMetric sortedMetric) {
    String test;
    if (condition.field() instanceof RunField.Column column) {
      test = column(column.column(), condition);
    } else if (condition.field() instanceof RunField.Metric metric) {
      test =
          sortedMetric != null && sortedMetric.name().equals(metric.name())
              ? compare(sortedMetric.alias() + ".value", condition)
              : "EXISTS (SELECT 1 FROM run_last_metrics m WHERE m.run_id = r.id AND m.name = "
                  + bind(metric.name())
                  + " AND "
                  + compare("m.value", condition)
                  + ")";
    } else {
      test = declaration(((RunField.Declaration) condition.field()).name(), condition);
    }
    // A negation also matches the runs that lack the field, whose test is NULL.
    return condition.negated() ? "NOT coalesce((" + test + "), false)" : "(" + test + ")";
  }

  /** The ORDER BY expressions of these keys, each with its direction, runs lacking it last. */
  List<String> order(List<SortKey> keys) {
    List<String> order = new ArrayList<>();
    for (SortKey key : keys) {
      // NULLS LAST only where there can be nulls: on a NOT NULL column a descending NULLS LAST
      // would not match the index's order (DESC means NULLS FIRST) and forbid its use.
      order.add(
          expression(key.field())
              + (key.descending() ? " DESC" : " ASC")
              + (mayBeMissing(key.field()) ? " NULLS LAST" : ""));
    }
    return order;
  }

  private static boolean mayBeMissing(RunField field) {
    if (field instanceof RunField.Column column) {
      return switch (column.column()) {
        case ID, STATUS, CREATED_AT, UPDATED_AT -> false;
        default -> true;
      };
    }
    return true;
  }

  /** A metric joined under an alias, the rows of which all have it. */
  record SortedMetric(String alias, String name) {}

  private String expression(RunField field) {
    if (field instanceof RunField.Column column) {
      return columnSql(column.column());
    }
    if (field instanceof RunField.Metric metric) {
      String alias = "s" + (joins.size() + 1);
      joins.add(
          " LEFT JOIN run_last_metrics "
              + alias
              + " ON "
              + alias
              + ".run_id = r.id AND "
              + alias
              + ".name = "
              + bind(metric.name()));
      return alias + ".value";
    }
    return "(r.declarations -> " + bind(((RunField.Declaration) field).name()) + ")";
  }

  private String column(RunColumn column, Condition condition) {
    return switch (column) {
      case TAGS ->
          condition.operator() == Operator.IN
              ? "r.tags && CAST(" + bind(texts(condition.values())) + " AS text[])"
              : bind(value(condition.value())) + " = ANY(r.tags)";
      case GROUP ->
          condition.operator() == Operator.ABSENT
              ? "r.group_id IS NULL"
              : "EXISTS (SELECT 1 FROM runs g WHERE g.id = r.group_id AND "
                  + compare("g.number", condition)
                  + ")";
      case USER -> {
        needsUsers = true;
        yield compare("u.username", condition);
      }
      default -> compare(columnSql(column), condition);
    };
  }

  private static String columnSql(RunColumn column) {
    return switch (column) {
      case ID -> "r.number";
      case NAME -> "r.name";
      case STATUS -> "r.status";
      case CREATED_AT -> "r.created_at";
      case UPDATED_AT -> "r.updated_at";
      case STARTED_AT -> "r.started_at";
      case FINISHED_AT -> "r.finished_at";
      case USER, TAGS, GROUP ->
          throw new IllegalArgumentException(column + " is not a plain column");
    };
  }

  private String declaration(String name, Condition condition) {
    String key = bind(name);
    boolean numbers = condition.values().stream().allMatch(QueryValue.Number.class::isInstance);
    // CASE, not AND: PostgreSQL may evaluate AND's operands in any order, and the cast of a
    // declaration that is text would fail.
    String expression =
        numbers
            ? "CASE WHEN jsonb_typeof(r.declarations -> "
                + key
                + ") = 'number' THEN (r.declarations ->> "
                + key
                + ")::double precision END"
            : "(r.declarations ->> " + key + ")";
    return compare(expression, condition);
  }

  /** {@code expression} compared with the condition's values by its operator. */
  private String compare(String expression, Condition condition) {
    List<QueryValue> values = condition.values();
    if (!values.isEmpty() && values.get(0) instanceof QueryValue.TimeSpan) {
      return compareTimes(expression, condition);
    }
    return switch (condition.operator()) {
      case EQ -> expression + " = " + bind(value(values.get(0)));
      case IN -> expression + " = ANY(" + bind(array(values)) + ")";
      case GT -> expression + " > " + bind(value(values.get(0)));
      case GTE -> expression + " >= " + bind(value(values.get(0)));
      case LT -> expression + " < " + bind(value(values.get(0)));
      case LTE -> expression + " <= " + bind(value(values.get(0)));
      case RANGE ->
          expression
              + " BETWEEN "
              + bind(value(values.get(0)))
              + " AND "
              + bind(value(values.get(1)));
      case ABSENT -> expression + " IS NULL";
    };
  }

  /** Times are spans (QueryValue.TimeSpan): {@code =} is within, {@code >} after the end, ... */
  private String compareTimes(String expression, Condition condition) {
    QueryValue.TimeSpan first = (QueryValue.TimeSpan) condition.value();
    return switch (condition.operator()) {
      case EQ ->
          expression
              + " >= "
              + bind(utc(first.from()))
              + " AND "
              + expression
              + " < "
              + bind(utc(first.until()));
      case GT -> expression + " >= " + bind(utc(first.until()));
      case GTE -> expression + " >= " + bind(utc(first.from()));
      case LT -> expression + " < " + bind(utc(first.from()));
      case LTE -> expression + " < " + bind(utc(first.until()));
      case RANGE -> {
        QueryValue.TimeSpan last = (QueryValue.TimeSpan) condition.values().get(1);
        yield expression
            + " >= "
            + bind(utc(first.from()))
            + " AND "
            + expression
            + " < "
            + bind(utc(last.until()));
      }
      case IN, ABSENT ->
          throw new IllegalArgumentException(condition.operator() + " does not apply to times");
    };
  }

  private static Object value(QueryValue value) {
    if (value instanceof QueryValue.Text text) {
      return text.value();
    }
    if (value instanceof QueryValue.WholeNumber number) {
      return number.value();
    }
    if (value instanceof QueryValue.Number number) {
      return number.value();
    }
    return utc(((QueryValue.TimeSpan) value).from());
  }

  private static Object array(List<QueryValue> values) {
    if (values.get(0) instanceof QueryValue.WholeNumber) {
      return values.stream().mapToLong(v -> ((QueryValue.WholeNumber) v).value()).toArray();
    }
    if (values.get(0) instanceof QueryValue.Number) {
      return values.stream().mapToDouble(v -> ((QueryValue.Number) v).value()).toArray();
    }
    return texts(values);
  }

  private static String[] texts(List<QueryValue> values) {
    return values.stream().map(v -> String.valueOf(value(v))).toArray(String[]::new);
  }
}
