package org.polyaxon.core.run.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.run.query.Condition.Operator;

/**
 * Properties over many generated inputs (seeded, so a failure repeats): the parser either returns a
 * query or refuses the input with {@link InvalidInputException}, never anything else; and
 * conditions written from known parts come back as those parts.
 */
class RunQueryParserPropertyTest {
  private static final String ALPHABET = "abz09.:,|~<>=- _TZ+\u00e9\u0000\n";
  private static final List<String> FIELDS =
      List.of(
          "id",
          "name",
          "status",
          "user",
          "tags",
          "group",
          "created_at",
          "started_at",
          "metric.loss",
          "declarations.lr",
          "colour",
          "metric.",
          "");
  private final RunQueryParser parser = new RunQueryParser(ZoneId.of("America/New_York"));

  @Test
  void anyTextIsParsedOrRefusedAsBadInput() {
    Random random = new Random(20190101);
    for (int i = 0; i < 20_000; i++) {
      String query = randomQuery(random);
      String sort = randomText(random, 12);
      Throwable thrown = catchThrowable(() -> parser.parse(query, sort));
      assertThat(thrown == null || thrown instanceof InvalidInputException)
          .as("query %s, sort %s threw %s", query, sort, thrown)
          .isTrue();
    }
  }

  @Test
  void writtenConditionsComeBackAsWritten() {
    Random random = new Random(7);
    Operator[] operators = {
      Operator.EQ, Operator.IN, Operator.GT, Operator.GTE, Operator.LT, Operator.LTE, Operator.RANGE
    };
    for (int i = 0; i < 5_000; i++) {
      boolean negated = random.nextBoolean();
      Operator operator = operators[random.nextInt(operators.length)];
      int count =
          operator == Operator.RANGE ? 2 : operator == Operator.IN ? 2 + random.nextInt(4) : 1;
      List<Double> numbers =
          random.doubles(count, -1e6, 1e6).map(d -> Math.round(d * 1000) / 1000.0).boxed().toList();
      String value = write(operator, numbers.stream().map(String::valueOf).toList());
      Condition condition =
          parser.conditions("metric.m" + i + ":" + (negated ? "~" : "") + value).get(0);
      assertThat(condition.negated()).isEqualTo(negated);
      assertThat(condition.operator()).as(value).isEqualTo(operator);
      assertThat(condition.values())
          .containsExactlyElementsOf(numbers.stream().map(QueryValue.Number::new).toList());
      assertThat(condition.field()).isEqualTo(new RunField.Metric("m" + i));
    }
  }

  private static String write(Operator operator, List<String> values) {
    return switch (operator) {
      case EQ -> values.get(0);
      case IN -> String.join("|", values);
      case GT -> ">" + values.get(0);
      case GTE -> ">= " + values.get(0);
      case LT -> "<" + values.get(0);
      case LTE -> "<=" + values.get(0);
      case RANGE -> values.get(0) + " .. " + values.get(1);
      case ABSENT -> throw new IllegalArgumentException();
    };
  }

  private static String randomQuery(Random random) {
    StringBuilder query = new StringBuilder();
    int conditions = 1 + random.nextInt(3);
    for (int c = 0; c < conditions; c++) {
      if (c > 0) {
        query.append(',');
      }
      query.append(FIELDS.get(random.nextInt(FIELDS.size()))).append(':');
      query.append(randomText(random, 10));
    }
    return query.toString();
  }

  private static String randomText(Random random, int max) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(max + 1);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
