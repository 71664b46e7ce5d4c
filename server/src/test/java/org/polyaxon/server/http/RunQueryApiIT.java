package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;
import org.polyaxon.testing.MutableClock;

/**
 * {@code query} and {@code sort} on experiment and job listings, through HTTP, over five real
 * experiments that ran to their end (reference 3.1). The server's time zone is Paris, so dates
 * without an offset are Paris days.
 *
 * <pre>
 * id name    tags      declarations             status    created (UTC)      last loss  acc
 * 1  alpha   a, gpu    lr 0.1,   opt adam       succeeded 2024-05-01 09:00   0.9        0.5
 * 2  beta    b         lr 0.01,  opt sgd        succeeded 2024-05-01 23:30   0.3        0.8
 * 3  gamma   a         lr 0.001, opt adam       failed    2024-05-03 09:00   0.6        -
 * 4  delta   -         lr 0.1,   opt sgd        succeeded 2024-05-04 09:00   -          -
 * 5  epsilon gpu       lr 0.5,   note auto      succeeded 2024-05-05 09:00   0.3        -
 * </pre>
 */
class RunQueryApiIT {
  private static final MutableClock CLOCK = MutableClock.at("2024-05-01T09:00:00Z");

  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          CLOCK, config -> config.with(Options.TIME_ZONE_OPTION, ZoneId.of("Europe/Paris")));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/api/v1/ada/board/experiments";
  private static TestPlatform platform;
  private static Http ada;

  @BeforeAll
  static void start() throws IOException {
    platform = PLATFORM.get();
    ada = platform.ada();
    platform.createProject(platform.adaToken, "board", true);
    experiment("2024-05-01T09:00:00Z", "alpha", 0, List.of("a", "gpu"), decl(0.1, "adam"));
    experiment("2024-05-01T23:30:00Z", "beta", 0, List.of("b"), decl(0.01, "sgd"));
    experiment("2024-05-03T09:00:00Z", "gamma", 1, List.of("a"), decl(0.001, "adam"));
    experiment("2024-05-04T09:00:00Z", "delta", 0, List.of(), decl(0.1, "sgd"));
    experiment(
        "2024-05-05T09:00:00Z", "epsilon", 0, List.of("gpu"), Map.of("lr", 0.5, "note", "auto"));
    metrics(1, "{\"values\": {\"loss\": 2.0, \"acc\": 0.1}}");
    metrics(1, "{\"values\": {\"loss\": 0.9, \"acc\": 0.5}}");
    metrics(2, "{\"values\": {\"loss\": 0.3, \"acc\": 0.8}}");
    metrics(3, "{\"values\": {\"loss\": 0.6}}");
    metrics(5, "{\"values\": {\"loss\": 0.3}}");
    Http.Response job =
        ada.post("/api/v1/ada/board/jobs", body("job", "a-job", 0, List.of("a"), Map.of()));
    assertThat(job.status()).as(job.text()).isEqualTo(201);
  }

  private static Map<String, Object> decl(double lr, String opt) {
    return Map.of("lr", lr, "opt", opt);
  }

  private static String body(
      String kind, String name, int exitCode, List<String> tags, Map<String, Object> declarations)
      throws IOException {
    String yaml =
        "version: 1\nkind: "
            + kind
            + "\nbuild: {image: busybox}\nrun:\n  cmd: exit "
            + exitCode
            + "\n";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("content", yaml);
    body.put("name", name);
    body.put("tags", tags);
    body.put("declarations", declarations);
    return JSON.writeValueAsString(body);
  }

  /** Creates it at {@code at} and waits for its command to end, so its times are all {@code at}. */
  private static void experiment(
      String at, String name, int exitCode, List<String> tags, Map<String, Object> declarations)
      throws IOException {
    CLOCK.set(Instant.parse(at));
    Http.Response created = ada.post(BASE, body("experiment", name, exitCode, tags, declarations));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String path = BASE + "/" + created.body().get("id").asLong();
    String expected = exitCode == 0 ? "succeeded" : "failed";
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> expected.equals(ada.get(path).body().get("last_status").asText()));
  }

  private static void metrics(long id, String observation) {
    Http.Response posted = ada.post(BASE + "/" + id + "/metrics", observation);
    assertThat(posted.status()).as(posted.text()).isEqualTo(201);
  }

  /** The listing for these parameters, name=value pairs written unencoded. */
  private static Http.Response list(String path, String... parameters) {
    List<String> encoded = new ArrayList<>();
    for (int i = 0; i < parameters.length; i += 2) {
      encoded.add(
          parameters[i] + "=" + URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    return ada.get(path + "?" + String.join("&", encoded));
  }

  private static List<Long> ids(String... parameters) {
    Http.Response page = list(BASE, parameters);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    page.body().get("results").forEach(run -> ids.add(run.get("id").asLong()));
    assertThat(page.body().get("count").asLong())
        .as("count of %s", List.of(parameters))
        .isGreaterThanOrEqualTo(ids.size());
    return ids;
  }

  @Test
  void withoutParametersTheNewestComeFirst() {
    assertThat(ids()).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(ids("sort", "created_at")).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void sortingByAMetricPutsRunsWithoutItLastInBothDirections() {
    // Equal values (2 and 5 have loss 0.3) keep the order of the id, in the key's direction.
    assertThat(ids("sort", "metric.loss")).containsExactly(2L, 5L, 3L, 1L, 4L);
    assertThat(ids("sort", "-metric.loss")).containsExactly(1L, 3L, 5L, 2L, 4L);
    assertThat(ids("sort", "metric.acc,-created_at")).containsExactly(1L, 2L, 5L, 4L, 3L);
    assertThat(ids("sort", "-metric.acc,id")).containsExactly(2L, 1L, 3L, 4L, 5L);
    assertThat(ids("sort", "-created_at,metric.loss")).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(ids("sort", "metric.never")).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(ids("sort", "-metric.never")).containsExactly(5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void pagesOfAMetricSortCrossFromRunsWithTheMetricToRunsWithout() {
    assertThat(ids("sort", "metric.acc,-id", "limit", "1", "offset", "1")).containsExactly(2L);
    assertThat(ids("sort", "metric.acc,-id", "limit", "2", "offset", "1")).containsExactly(2L, 5L);
    assertThat(ids("sort", "metric.acc,-id", "limit", "2", "offset", "3")).containsExactly(4L, 3L);
    assertThat(ids("sort", "metric.acc,-id", "limit", "2", "offset", "4")).containsExactly(3L);
    assertThat(ids("sort", "metric.acc,-id", "limit", "2", "offset", "5")).isEmpty();
    JsonNode page = list(BASE, "sort", "metric.acc", "limit", "2", "offset", "2").body();
    assertThat(page.get("count").asLong()).isEqualTo(5);
    assertThat(page.get("next").asText()).endsWith("?sort=metric.acc&limit=2&offset=4");
    assertThat(page.get("previous").asText()).endsWith("?sort=metric.acc&limit=2&offset=0");
  }

  @Test
  void metricConditionsUseTheLatestValue() {
    assertThat(ids("query", "metric.loss:<0.5", "sort", "id")).containsExactly(2L, 5L);
    assertThat(ids("query", "metric.loss:>=0.9", "sort", "id")).containsExactly(1L);
    assertThat(ids("query", "metric.loss:>1")).isEmpty();
    assertThat(ids("query", "metric.loss:0.3|0.9", "sort", "id")).containsExactly(1L, 2L, 5L);
    assertThat(ids("query", "metric.loss:0.5 .. 0.9", "sort", "id")).containsExactly(1L, 3L);
    // A negation also holds for runs that never reported the metric.
    assertThat(ids("query", "metric.loss:~<0.5", "sort", "id")).containsExactly(1L, 3L, 4L);
  }

  @Test
  void conditionsCombineWithAMetricSort() {
    Http.Response page =
        list(BASE, "query", "metric.loss:<0.5,status:succeeded", "sort", "-metric.loss");
    assertThat(page.body().get("count").asLong()).isEqualTo(2);
    assertThat(ids("query", "metric.loss:<0.5,status:succeeded", "sort", "-metric.loss"))
        .containsExactly(5L, 2L);
    assertThat(ids("query", "metric.loss:~<0.5", "sort", "metric.loss"))
        .containsExactly(3L, 1L, 4L);
    assertThat(ids("query", "tags:a", "sort", "metric.acc")).containsExactly(1L, 3L);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "status:failed; 3",
        "status:~succeeded; 3",
        "status:succeeded|failed; 1,2,3,4,5",
        "name:beta; 2",
        "name:~beta|gamma; 1,4,5",
        "user:ada; 1,2,3,4,5",
        "user:bob; ''",
        "tags:a; 1,3",
        "tags:a|gpu; 1,3,5",
        "tags:~gpu; 2,3,4",
        "id:>3; 4,5",
        "id:2|4; 2,4",
        "id:~1 .. 3; 4,5",
        "id:<=2,tags:b; 2",
        "group:1; ''",
        "declarations.lr:0.1; 1,4",
        "declarations.lr:<0.05; 2,3",
        "declarations.lr:0.01 .. 0.1; 1,2,4",
        "declarations.opt:adam; 1,3",
        "declarations.opt:~adam; 2,4,5",
        "declarations.note:auto; 5",
        "declarations.opt:>b; 2,4",
        "created_at:2024-05-02; 2",
        "created_at:2024-05-01; 1",
        "created_at:>2024-05-03; 4,5",
        "created_at:2024-05-01 .. 2024-05-03; 1,2,3",
        "created_at:>=2024-05-03T11:00:00; 3,4,5",
        "created_at:<2024-05-01T23:30:00Z; 1",
        "created_at:<=2024-05-01T23:30:00Z; 1,2",
        "created_at:~2024-05-02; 1,3,4,5",
        "finished_at:2024-05-03T09:00:00Z; 3",
        "started_at:<2024-05-02T01:30:00+02:00; 1",
      })
  void conditionsSelectTheRightRuns(String query, String expected) {
    List<Long> ids =
        expected.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(expected.split(",")).map(Long::valueOf).toList();
    assertThat(ids("query", query, "sort", "id")).as(query).containsExactlyElementsOf(ids);
    assertThat(list(BASE, "query", query).body().get("count").asLong()).isEqualTo(ids.size());
  }

  @Test
  void sortsByTheOtherFields() {
    assertThat(ids("sort", "name")).containsExactly(1L, 2L, 4L, 5L, 3L);
    assertThat(ids("sort", "-id")).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(ids("sort", "status,id")).containsExactly(3L, 1L, 2L, 4L, 5L);
    assertThat(ids("sort", "-declarations.lr")).containsExactly(5L, 4L, 1L, 2L, 3L);
    // Runs without the declaration come last, as for metrics.
    assertThat(ids("sort", "declarations.opt,id")).containsExactly(1L, 3L, 2L, 4L, 5L);
    assertThat(ids("sort", "-declarations.opt,id")).containsExactly(2L, 4L, 1L, 3L, 5L);
    assertThat(ids("sort", "-finished_at")).containsExactly(5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void experimentListsTakeTheirOwnParameters() {
    assertThat(ids("independent", "true")).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(ids("group", "1")).isEmpty();
    JsonNode metricsOnly = list(BASE, "metrics", "true", "sort", "id").body().get("results");
    assertThat(metricsOnly.get(0).fieldNames())
        .toIterable()
        .containsExactly("id", "uuid", "unique_name", "last_metric");
    assertThat(metricsOnly.get(0).get("last_metric").get("loss").asDouble()).isEqualTo(0.9);
    assertThat(metricsOnly.get(0).get("unique_name").asText()).isEqualTo("ada.board.1");
    JsonNode declarations = list(BASE, "declarations", "true").body().get("results");
    assertThat(declarations.get(0).fieldNames())
        .toIterable()
        .containsExactly("id", "uuid", "unique_name", "declarations");
    JsonNode both = list(BASE, "declarations", "1", "metrics", "yes").body().get("results");
    assertThat(both.get(0).fieldNames())
        .toIterable()
        .containsExactly("id", "uuid", "unique_name", "last_metric", "declarations");
  }

  @Test
  void jobListsAreQueriedTheSameWay() {
    String jobs = "/api/v1/ada/board/jobs";
    assertThat(list(jobs, "query", "tags:a", "sort", "-metric.loss").body().get("count").asLong())
        .isEqualTo(1);
    assertThat(list(jobs, "query", "tags:b").body().get("count").asLong()).isZero();
    assertThat(list(jobs, "query", "colour:red").status()).isEqualTo(400);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "query; colour:red; Query parameter 'query', condition 'colour:red': unknown field 'colour'",
        "query; status:>running; Query parameter 'query', condition 'status:>running': '>' does"
            + " not apply to status",
        "query; metric.loss:>low; Query parameter 'query', condition 'metric.loss:>low': expected"
            + " a number after '>', got 'low'",
        "query; created_at:2024-02-30; Query parameter 'query', condition"
            + " 'created_at:2024-02-30': expected a date such as 2019-01-01",
        "query; id:1..; Query parameter 'query', condition 'id:1..': expected a range",
        "query; name; Query parameter 'query', condition 'name': expected field:value",
        "sort; colour; Query parameter 'sort', key 'colour': unknown field 'colour'",
        "sort; tags; Query parameter 'sort', key 'tags': runs cannot be sorted by tags",
        "independent; maybe; Query parameter 'independent': expected true or false, got 'maybe'",
        "group; first; Query parameter 'group': expected a group's id, a whole number",
        "metrics; 2; Query parameter 'metrics': expected true or false",
      })
  void badParametersAre400sThatSayWhatWasExpected(String name, String value, String detail) {
    Http.Response response = list(BASE, name, value);
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("detail").asText()).startsWith(detail);
  }

  @Test
  void oddInputIsNeverAServerError() {
    for (String query :
        List.of(
            "name:a\u0000b",
            "metric.'; DROP TABLE runs; --:1",
            "declarations.x':>1e308",
            "metric.loss:~~1",
            "id:-99999999999999999",
            "created_at:9999-12-31",
            "created_at:+999999999-01-01T00:00:00Z",
            "declarations.lr:>'",
            "name:\u00e9|\ud83d\ude00",
            ":::",
            "~:~")) {
      int status = list(BASE, "query", query, "sort", "metric.'x\",declarations.\"").status();
      assertThat(status).as(query).isIn(200, 400);
    }
    assertThat(ids("query", "metric.'; DROP TABLE runs; --:1")).isEmpty();
    assertThat(ids()).hasSize(5);
  }
}
