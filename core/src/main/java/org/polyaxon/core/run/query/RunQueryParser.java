package org.polyaxon.core.run.query;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.metric.MetricRules;
import org.polyaxon.core.run.query.Condition.Operator;
import org.polyaxon.core.run.query.RunColumn.ValueType;
import org.polyaxon.core.status.Status;

/**
 * Parses the {@code query} and {@code sort} parameters of run listings (reference 3.1) into a
 * {@link RunQuery}. Every mistake is an {@link InvalidInputException} naming the parameter, the
 * condition or key as written, and what was expected.
 *
 * <p>{@code query}: conditions {@code field:value} separated by {@code ,}, all of which must hold.
 * A value is {@code v}, {@code ~v} (not), {@code >v}, {@code >=v}, {@code <v}, {@code <=v}, {@code
 * a|b|c} (any of) or {@code low .. high} (both included), and {@code ~} negates any of them. The
 * field is split off at the first {@code :}, so date-times keep theirs.
 *
 * <p>{@code sort}: fields separated by {@code ,}, each descending with a {@code -} in front.
 */
public final class RunQueryParser {
  public static final int MAX_CONDITIONS = 32;
  public static final int MAX_SORT_KEYS = 8;

  private static final String FIELDS =
      Arrays.stream(RunColumn.values()).map(RunColumn::wireName).collect(Collectors.joining(", "))
          + ", metric.<name>, declarations.<name>";
  private static final String SORT_FIELDS =
      Arrays.stream(RunColumn.values())
              .filter(RunColumn::sortable)
              .map(RunColumn::wireName)
              .collect(Collectors.joining(", "))
          + ", metric.<name>, declarations.<name>";

  private final ZoneId zone;

  /** Dates and date-times without an offset are read in {@code zone}. */
  public RunQueryParser(ZoneId zone) {
    this.zone = zone;
  }

  /** Both parameters may be null or blank: every run, newest first. */
  public RunQuery parse(String query, String sort) {
    return new RunQuery(conditions(query), sort(sort));
  }

  public List<Condition> conditions(String query) {
    List<Condition> conditions = new ArrayList<>();
    if (query == null || query.isBlank()) {
      return conditions;
    }
    refuseControlCharacters("query", query);
    String[] parts = query.split(",", -1);
    if (parts.length > MAX_CONDITIONS) {
      throw new InvalidInputException(
          "Query parameter 'query': expected at most "
              + MAX_CONDITIONS
              + " conditions, got "
              + parts.length);
    }
    for (String part : parts) {
      conditions.add(condition(part.trim()));
    }
    return conditions;
  }

  public List<SortKey> sort(String sort) {
    List<SortKey> keys = new ArrayList<>();
    if (sort == null || sort.isBlank()) {
      return keys;
    }
    refuseControlCharacters("sort", sort);
    String[] parts = sort.split(",", -1);
    if (parts.length > MAX_SORT_KEYS) {
      throw new InvalidInputException(
          "Query parameter 'sort': expected at most "
              + MAX_SORT_KEYS
              + " fields, got "
              + parts.length);
    }
    for (String part : parts) {
      String key = part.trim();
      boolean descending = key.startsWith("-");
      String name = descending ? key.substring(1).trim() : key;
      RunField field =
          field(name)
              .orElseThrow(
                  () -> sortProblem(key, "unknown field '" + name + "'; expected " + SORT_FIELDS));
      if (field instanceof RunField.Column column && !column.column().sortable()) {
        throw sortProblem(key, "runs cannot be sorted by " + name + "; expected " + SORT_FIELDS);
      }
      checkName(field, "Query parameter 'sort', key '" + key + "'");
      keys.add(new SortKey(field, descending));
    }
    return keys;
  }

  private Condition condition(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw problem(text, "expected field:value, for example status:running");
    }
    String name = text.substring(0, colon).trim();
    RunField field =
        field(name)
            .orElseThrow(
                () -> problem(text, "unknown field '" + name + "'; expected one of " + FIELDS));
    checkName(field, "Query parameter 'query', condition '" + text + "'");
    Written written = Written.of(text, text.substring(colon + 1).trim());
    refuseOperator(text, field, written);
    return new Condition(
        field, written.negated(), written.operator(), values(text, field, written));
  }

  private static Optional<RunField> field(String name) {
    if (name.startsWith(RunField.Metric.PREFIX)) {
      return Optional.of(new RunField.Metric(name.substring(RunField.Metric.PREFIX.length())));
    }
    if (name.startsWith(RunField.Declaration.PREFIX)) {
      return Optional.of(
          new RunField.Declaration(name.substring(RunField.Declaration.PREFIX.length())));
    }
    return Arrays.stream(RunColumn.values())
        .filter(column -> column.wireName().equals(name))
        .findFirst()
        .map(RunField.Column::new);
  }

  private static void checkName(RunField field, String where) {
    if (field instanceof RunField.Metric metric) {
      MetricRules.checkName(where, metric.name());
    } else if (field instanceof RunField.Declaration declaration) {
      if (declaration.name().isEmpty() || declaration.name().length() > 256) {
        throw new InvalidInputException(
            where + ": expected a declaration name of 1 to 256 characters");
      }
    }
  }

  private static void refuseOperator(String text, RunField field, Written written) {
    ValueType type = field.type();
    boolean ordered = written.operator() != Operator.EQ && written.operator() != Operator.IN;
    if ((type == ValueType.TEXT || type == ValueType.STATUS) && ordered) {
      throw problem(
          text,
          "'"
              + written.symbol()
              + "' does not apply to "
              + field.wireName()
              + "; expected value, ~value or a|b|c");
    }
    if (type == ValueType.TIME && written.operator() == Operator.IN) {
      throw problem(
          text,
          "'|' does not apply to "
              + field.wireName()
              + "; expected a time with =, >, >=, <, <=, ~ or a range 'from .. to'");
    }
  }

  private List<QueryValue> values(String text, RunField field, Written written) {
    List<String> texts = written.values();
    if (field.type() == ValueType.NUMBER_OR_TEXT) {
      // One comparison per condition: numbers when every value is one, else text.
      List<QueryValue> numbers = new ArrayList<>();
      for (String value : texts) {
        QueryValues.number(value).ifPresent(numbers::add);
      }
      return numbers.size() == texts.size()
          ? numbers
          : texts.stream().<QueryValue>map(QueryValue.Text::new).toList();
    }
    List<QueryValue> values = new ArrayList<>();
    for (String value : texts) {
      values.add(
          typed(field.type(), value)
              .orElseThrow(
                  () ->
                      problem(
                          text,
                          "expected "
                              + expected(field.type())
                              + written.after()
                              + ", got '"
                              + value
                              + "'")));
    }
    return values;
  }

  private Optional<? extends QueryValue> typed(ValueType type, String value) {
    return switch (type) {
      case WHOLE_NUMBER -> QueryValues.wholeNumber(value);
      case NUMBER -> QueryValues.number(value);
      case TIME -> QueryValues.time(value, zone);
      case STATUS -> QueryValues.status(value);
      case TEXT, NUMBER_OR_TEXT -> Optional.of(new QueryValue.Text(value));
    };
  }

  private static String expected(ValueType type) {
    return switch (type) {
      case WHOLE_NUMBER -> "a whole number";
      case NUMBER -> "a number";
      case TIME ->
          "a date such as 2019-01-01 or an ISO date-time such as 2019-01-01T10:00:00+01:00";
      case STATUS ->
          "one of "
              + Arrays.stream(Status.values())
                  .map(Status::wireName)
                  .collect(Collectors.joining(", "));
      case TEXT, NUMBER_OR_TEXT -> "a value";
    };
  }

  private static void refuseControlCharacters(String parameter, String text) {
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          "Query parameter '" + parameter + "': control characters are not allowed");
    }
  }

  static InvalidInputException problem(String condition, String why) {
    return new InvalidInputException(
        "Query parameter 'query', condition '" + condition + "': " + why);
  }

  private static InvalidInputException sortProblem(String key, String why) {
    return new InvalidInputException("Query parameter 'sort', key '" + key + "': " + why);
  }
}
