package org.polyaxon.core.run.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.run.query.Condition.Operator;
import org.polyaxon.core.run.query.QueryValue.Number;
import org.polyaxon.core.run.query.QueryValue.Text;
import org.polyaxon.core.run.query.QueryValue.TimeSpan;
import org.polyaxon.core.run.query.QueryValue.WholeNumber;

class RunQueryParserTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private final RunQueryParser parser = new RunQueryParser(PARIS);

  private Condition only(String query) {
    List<Condition> conditions = parser.conditions(query);
    assertThat(conditions).hasSize(1);
    return conditions.get(0);
  }

  private static RunField column(RunColumn column) {
    return new RunField.Column(column);
  }

  @Test
  void nothingAskedIsEveryRunNewestFirst() {
    assertThat(parser.parse(null, null)).isEqualTo(RunQuery.ALL);
    assertThat(parser.parse("  ", "")).isEqualTo(RunQuery.ALL);
    assertThat(RunQuery.ALL.sort())
        .containsExactly(new SortKey(column(RunColumn.CREATED_AT), true));
  }

  @Test
  void equalityOnEachKindOfField() {
    assertThat(only("status:running"))
        .isEqualTo(
            new Condition(
                column(RunColumn.STATUS), false, Operator.EQ, List.of(new Text("running"))));
    assertThat(only("id:42").value()).isEqualTo(new WholeNumber(42));
    assertThat(only("group:3").value()).isEqualTo(new WholeNumber(3));
    assertThat(only("name: my run ").value()).isEqualTo(new Text("my run"));
    assertThat(only("user:ada").field()).isEqualTo(column(RunColumn.USER));
    assertThat(only("tags:gpu").field()).isEqualTo(column(RunColumn.TAGS));
    assertThat(only("metric.loss:0.5"))
        .isEqualTo(
            new Condition(
                new RunField.Metric("loss"), false, Operator.EQ, List.of(new Number(0.5))));
  }

  @Test
  void statusesAreCheckedAndCaseDoesNotMatter() {
    assertThat(only("status:SUCCEEDED").value()).isEqualTo(new Text("succeeded"));
    assertThatThrownBy(() -> parser.conditions("status:sleeping"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "Query parameter 'query', condition 'status:sleeping': expected one of created,")
        .hasMessageEndingWith(", got 'sleeping'");
  }

  @Test
  void negationOfEachOperator() {
    Condition not = only("status:~running");
    assertThat(not.negated()).isTrue();
    assertThat(not.operator()).isEqualTo(Operator.EQ);
    assertThat(only("metric.loss:~>0.5").operator()).isEqualTo(Operator.GT);
    assertThat(only("metric.loss:~ >0.5").negated()).isTrue();
    assertThat(only("status:~failed|stopped").operator()).isEqualTo(Operator.IN);
    assertThat(only("id:~1 .. 5").operator()).isEqualTo(Operator.RANGE);
  }

  @ParameterizedTest
  @CsvSource({">0.5,GT", ">=0.5,GTE", "<0.5,LT", "<=0.5,LTE", "> 0.5,GT", "<= 0.5,LTE"})
  void comparisons(String value, Operator operator) {
    Condition condition = only("metric.loss:" + value);
    assertThat(condition.operator()).isEqualTo(operator);
    assertThat(condition.values()).containsExactly(new Number(0.5));
  }

  @Test
  void anyOf() {
    assertThat(only("status:running|scheduled | created").values())
        .containsExactly(new Text("running"), new Text("scheduled"), new Text("created"));
    assertThat(only("id:1|2").values()).containsExactly(new WholeNumber(1), new WholeNumber(2));
    assertThat(only("metric.acc:0.5|1e-3").values())
        .containsExactly(new Number(0.5), new Number(0.001));
  }

  @Test
  void rangesOfNumbersAndDates() {
    assertThat(only("id:10..20").values())
        .containsExactly(new WholeNumber(10), new WholeNumber(20));
    assertThat(only("metric.loss:-1.5 .. .5").values())
        .containsExactly(new Number(-1.5), new Number(0.5));
    Condition days = only("created_at:2019-01-01 .. 2019-01-31");
    assertThat(days.operator()).isEqualTo(Operator.RANGE);
    assertThat(days.values())
        .containsExactly(
            new TimeSpan(
                Instant.parse("2018-12-31T23:00:00Z"), Instant.parse("2019-01-01T23:00:00Z")),
            new TimeSpan(
                Instant.parse("2019-01-30T23:00:00Z"), Instant.parse("2019-01-31T23:00:00Z")));
  }

  @Test
  void datesAndDateTimesInTheServersZoneUnlessTheySayOtherwise() {
    TimeSpan day = (TimeSpan) only("finished_at:2019-07-01").value();
    assertThat(day.from()).isEqualTo(Instant.parse("2019-06-30T22:00:00Z"));
    assertThat(day.until()).isEqualTo(Instant.parse("2019-07-01T22:00:00Z"));
    TimeSpan local = (TimeSpan) only("started_at:>2019-07-01T10:00:00").value();
    assertThat(local.from()).isEqualTo(Instant.parse("2019-07-01T08:00:00Z"));
    assertThat(local.until()).isEqualTo(Instant.parse("2019-07-01T08:00:00.000001Z"));
    assertThat(((TimeSpan) only("updated_at:<2019-07-01 10:00").value()).from())
        .isEqualTo(Instant.parse("2019-07-01T08:00:00Z"));
    assertThat(((TimeSpan) only("created_at:>=2019-07-01T10:00:00Z").value()).from())
        .isEqualTo(Instant.parse("2019-07-01T10:00:00Z"));
    assertThat(((TimeSpan) only("created_at:2019-07-01T10:00:00.1234567+02:00").value()).from())
        .isEqualTo(Instant.parse("2019-07-01T08:00:00.123456Z"));
  }

  @Test
  void declarationsAreNumbersWhenEveryValueIsOne() {
    assertThat(only("declarations.lr:0.01").values()).containsExactly(new Number(0.01));
    assertThat(only("declarations.optimizer:adam").values()).containsExactly(new Text("adam"));
    assertThat(only("declarations.lr:>1e-3").values()).containsExactly(new Number(0.001));
    assertThat(only("declarations.opt:adam|0.1").values())
        .containsExactly(new Text("adam"), new Text("0.1"));
    assertThat(only("declarations.opt:a .. m").values())
        .containsExactly(new Text("a"), new Text("m"));
    assertThat(only("declarations.layers:1|2").values())
        .containsExactly(new Number(1), new Number(2));
  }

  @Test
  void severalConditionsAreAllKept() {
    List<Condition> conditions = parser.conditions("metric.loss:<0.5, status:succeeded,tags:a");
    assertThat(conditions)
        .extracting(c -> c.field().wireName())
        .containsExactly("metric.loss", "status", "tags");
  }

  @Test
  void aMetricNameMayContainDots() {
    assertThat(only("metric.val.loss:<1").field()).isEqualTo(new RunField.Metric("val.loss"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "colour:red; condition 'colour:red': unknown field 'colour'; expected one of id, name,",
        "status; condition 'status': expected field:value",
        "status:; condition 'status:': expected a value after ':'",
        "status:~; condition 'status:~': expected a value after '~'",
        "status:>running; condition 'status:>running': '>' does not apply to status",
        "name:a .. b; condition 'name:a .. b': '..' does not apply to name",
        "user:>=x; condition 'user:>=x': '>=' does not apply to user",
        "created_at:2019-01-01|2019-01-02; condition 'created_at:2019-01-01|2019-01-02': '|'"
            + " does not apply to created_at",
        "metric.loss:<abc; condition 'metric.loss:<abc': expected a number after '<', got 'abc'",
        "metric.loss:NaN; condition 'metric.loss:NaN': expected a number, got 'NaN'",
        "metric.loss:1e999; condition 'metric.loss:1e999': expected a number, got '1e999'",
        "metric.loss:0x10; condition 'metric.loss:0x10': expected a number, got '0x10'",
        "id:1.5; condition 'id:1.5': expected a whole number, got '1.5'",
        "id:99999999999999999999; condition 'id:99999999999999999999': expected a whole number",
        "created_at:2019-13-01; condition 'created_at:2019-13-01': expected a date such as",
        "created_at:>yesterday; condition 'created_at:>yesterday': expected a date such as",
        "created_at:2019-01-01 ..; condition 'created_at:2019-01-01 ..': expected a range",
        "id:1..2..3; condition 'id:1..2..3': expected a range written 'low .. high'",
        "id:>1 .. 2; condition 'id:>1 .. 2': expected a range",
        "id:>; condition 'id:>': expected one value after '>'",
        "id:>1|2; condition 'id:>1|2': expected one value after '>'",
        "id:>>1; condition 'id:>>1': expected one value after '>'",
        "status:a||b; condition 'status:a||b': expected values separated by '|'",
        "metric.:1; condition 'metric.:1': expected a metric name of 1 to 256 characters",
        "declarations.:1; condition 'declarations.:1': expected a declaration name",
        "status:running,; condition '': expected field:value",
      })
  void everyMistakeNamesTheConditionAndWhatWasExpected(String query, String message) {
    assertThatThrownBy(() -> parser.conditions(query))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Query parameter 'query', " + message);
  }

  @Test
  void tooManyConditionsOrControlCharactersAreRefused() {
    String many = "id:1,".repeat(RunQueryParser.MAX_CONDITIONS) + "id:1";
    assertThatThrownBy(() -> parser.conditions(many))
        .hasMessage("Query parameter 'query': expected at most 32 conditions, got 33");
    assertThatThrownBy(() -> parser.conditions("name:a\u0000b"))
        .hasMessage("Query parameter 'query': control characters are not allowed");
    assertThatThrownBy(() -> parser.sort("name\n"))
        .hasMessage("Query parameter 'sort': control characters are not allowed");
  }

  @Test
  void sortKeysInOrderWithTheirDirections() {
    assertThat(parser.sort("-created_at, metric.loss,declarations.lr,-id"))
        .containsExactly(
            new SortKey(column(RunColumn.CREATED_AT), true),
            new SortKey(new RunField.Metric("loss"), false),
            new SortKey(new RunField.Declaration("lr"), false),
            new SortKey(column(RunColumn.ID), true));
    RunQuery byMetric = parser.parse("status:succeeded", "metric.loss");
    assertThat(byMetric.sortsFirstByMetric()).isTrue();
    assertThat(RunQuery.ALL.sortsFirstByMetric()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "colour; key 'colour': unknown field 'colour'; expected id, name, status, created_at,",
        "-user; key '-user': runs cannot be sorted by user; expected id, name,",
        "tags; key 'tags': runs cannot be sorted by tags",
        "name,; key '': unknown field ''",
        "metric.; key 'metric.': expected a metric name",
        "--name; key '--name': unknown field '-name'",
      })
  void everySortMistakeNamesTheKey(String sort, String message) {
    assertThatThrownBy(() -> parser.sort(sort))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Query parameter 'sort', " + message);
  }

  @Test
  void tooManySortKeysAreRefused() {
    assertThatThrownBy(() -> parser.sort("id,".repeat(8) + "id"))
        .hasMessage("Query parameter 'sort': expected at most 8 fields, got 9");
  }
}
