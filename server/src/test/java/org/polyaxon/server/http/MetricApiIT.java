package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.testing.MutableClock;

/** Experiment metrics through HTTP: ingestion, listing, series, idempotency, bad input, rights. */
class MetricApiIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(MutableClock.at("2024-03-01T12:00:00Z"), config -> config);

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestPlatform platform;
  private static String rootToken;
  private static String adaToken;
  private static String bobToken;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    rootToken = platform.rootToken;
    adaToken = platform.adaToken;
    bobToken = platform.bobToken;
    platform.createProject(adaToken, "open", true);
    platform.createProject(adaToken, "closed", false);
  }

  /** A new experiment of ada's project (a command that ends at once), its metrics path. */
  private static String experiment(String project) {
    Http.Response created =
        platform
            .ada()
            .post(
                "/api/v1/ada/" + project + "/experiments",
                "{\"content\": \"version: 1\\nkind: experiment\\nbuild: {image: busybox}\\nrun: {cmd: 'true'}\\n\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return "/api/v1/ada/"
        + project
        + "/experiments/"
        + created.body().get("id").asLong()
        + "/metrics";
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    String detail() {
      return body.get("detail").asText();
    }
  }

  private static Reply call(
      String token, String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.platform.port() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Token " + token);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
      return new Reply(response.statusCode(), json, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String statusLineOfOversizedPost(String path, long contentLength) {
    try (Socket socket = new Socket("127.0.0.1", platform.platform.port())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token "
              + adaToken
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + contentLength
              + "\r\n\r\n[";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader response =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return response.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reply post(String token, String path, String body, String... headers) {
    return call(token, "POST", path, body, headers);
  }

  private static Reply get(String token, String path) {
    return call(token, "GET", path, null);
  }

  @Test
  void storesSingleObjectsAndListsAndListsThemAsPolyaxon04Does() {
    String metrics = experiment("open");

    Reply single =
        post(
            adaToken,
            metrics,
            "{\"values\": {\"loss\": 0.5, \"acc\": 1}, \"created_at\": \"2024-03-01T12:00:01Z\"}");
    assertThat(single.status()).as(single.raw().body()).isEqualTo(201);
    assertThat(single.body().get("id").asLong()).isEqualTo(1);
    assertThat(single.body().get("experiment").asLong()).isPositive();
    assertThat(single.body().get("created_at").asText()).isEqualTo("2024-03-01T12:00:01Z");
    assertThat(single.body().get("values").get("acc").asDouble()).isEqualTo(1.0);

    Reply list =
        post(
            adaToken,
            metrics,
            "[{\"values\": {\"loss\": 0.4}}, {\"values\": {\"loss\": 0.3, \"acc\": 0.5},"
                + " \"created_at\": \"2024-03-01 13:00:00\"}, {\"values\": {\"loss\": 0.2}}]");
    assertThat(list.status()).as(list.raw().body()).isEqualTo(201);
    assertThat(list.body().toString())
        .isEqualTo("{\"count\":3,\"points\":4,\"first_id\":2,\"last_id\":4}");

    JsonNode page = get(adaToken, metrics + "?limit=2&offset=1").body();
    assertThat(page.get("count").asInt()).isEqualTo(4);
    assertThat(page.get("next").asText()).endsWith(metrics + "?limit=2&offset=3");
    assertThat(page.get("previous").asText()).endsWith(metrics + "?limit=2&offset=0");
    JsonNode second = page.get("results").get(0);
    assertThat(second.get("id").asLong()).isEqualTo(2);
    // Sent without a time: dated by the server's clock.
    assertThat(second.get("created_at").asText()).isEqualTo("2024-03-01T12:00:00Z");
    assertThat(second.get("experiment").asLong())
        .isEqualTo(single.body().get("experiment").asLong());
    JsonNode third = page.get("results").get(1);
    assertThat(third.get("created_at").asText()).isEqualTo("2024-03-01T13:00:00Z");
    assertThat(third.get("values").toString()).isEqualTo("{\"acc\":0.5,\"loss\":0.3}");
    // Each observation has its own uuid, the same on every read.
    JsonNode all = get(adaToken, metrics).body().get("results");
    assertThat(all.get(0).get("uuid").asText())
        .matches("[0-9a-f]{32}")
        .isEqualTo(single.body().get("uuid").asText());
    assertThat(all.findValuesAsText("uuid")).doesNotHaveDuplicates().hasSize(4);
    assertThat(all.get(1).get("uuid")).isEqualTo(second.get("uuid"));
    assertThat(get(adaToken, metrics).body().get("results").findValuesAsText("uuid"))
        .isEqualTo(all.findValuesAsText("uuid"));

    // The experiment shows the latest value of each metric, as 0.4's last_metric.
    JsonNode experiment =
        get(adaToken, metrics.substring(0, metrics.length() - "/metrics".length())).body();
    assertThat(experiment.get("last_metric").get("loss").asDouble()).isEqualTo(0.2);
    assertThat(experiment.get("last_metric").get("acc").asDouble()).isEqualTo(0.5);
  }

  @Test
  void seriesAreDownsampledWithoutLosingSpikes() {
    String metrics = experiment("open");
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 1_000; i++) {
      double loss = i == 617 ? 42.0 : 1.0 / (i + 1);
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"values\": {\"loss\": " + loss + ", \"acc\": 0.5}}");
    }
    assertThat(post(adaToken, metrics, batch.append("]").toString()).status()).isEqualTo(201);

    Reply series = get(bobToken, metrics + "?names=loss&points=10");
    assertThat(series.status()).as(series.raw().body()).isEqualTo(200);
    JsonNode loss = series.body().get("loss");
    assertThat(series.body().size()).isEqualTo(1);
    assertThat(loss).hasSize(10);
    JsonNode spike = loss.get(6);
    assertThat(spike.get("max").asDouble()).isEqualTo(42.0);
    assertThat(spike.get("id").asLong()).isEqualTo(700);
    assertThat(spike.get("count").asLong()).isEqualTo(100);
    assertThat(loss.get(0).get("max").asDouble()).isEqualTo(1.0);
    assertThat(spike.fieldNames())
        .toIterable()
        .containsExactly("id", "created_at", "count", "min", "max", "avg");

    JsonNode all = get(adaToken, metrics + "?points=2000").body();
    assertThat(all.get("acc")).hasSize(1_000);
    assertThat(all.get("loss")).hasSize(1_000);
    assertThat(get(adaToken, metrics + "?names=nothing").body().get("nothing")).isEmpty();
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyIsStoredOnce() {
    String metrics = experiment("open");
    String batch = "[{\"values\": {\"loss\": 0.4}}, {\"values\": {\"loss\": 0.3}}]";

    Reply first = post(adaToken, metrics, batch, "Idempotency-Key", "run-7-batch-1");
    Reply retry = post(adaToken, metrics, batch, "Idempotency-Key", "run-7-batch-1");
    Reply singleRetry =
        post(adaToken, metrics, "{\"values\": {\"a\": 1}}", "Idempotency-Key", "single");
    Reply singleAgain =
        post(adaToken, metrics, "{\"values\": {\"a\": 1}}", "Idempotency-Key", "single");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(singleAgain.body()).isEqualTo(singleRetry.body());
    assertThat(get(adaToken, metrics).body().get("count").asInt()).isEqualTo(3);

    Reply reused = post(adaToken, metrics, "{\"values\": {\"a\": 2}}", "Idempotency-Key", "single");
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.detail()).contains("'single'");
  }

  @Test
  void badInputIsA400NamingTheField() {
    String metrics = experiment("open");
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry(
                "{\"values\": {\"loss\": \"abc\"}}",
                "Field 'values.loss': expected a number, got 'abc'"),
            Map.entry(
                "{\"values\": {\"loss\": null}}",
                "Field 'values.loss': expected a number, got null"),
            Map.entry(
                "{\"values\": {\"loss\": [1]}}",
                "Field 'values.loss': expected a number, got a list"),
            Map.entry(
                "[{\"values\": {\"loss\": 1}}, {\"values\": {\"acc\": NaN}}]",
                "Field '[1].values.acc': expected a finite number, got NaN"),
            Map.entry(
                "{\"values\": {\"loss\": Infinity}}",
                "Field 'values.loss': expected a finite number, got Infinity"),
            Map.entry(
                "{\"values\": {\"loss\": -Infinity}}",
                "Field 'values.loss': expected a finite number, got -Infinity"),
            Map.entry(
                "{\"values\": {\"loss\": 1e400}}",
                "Field 'values.loss': expected a finite number, got Infinity"),
            Map.entry("{\"values\": {}}", "Field 'values': expected at least one metric"),
            Map.entry(
                "{\"values\": 3}", "Field 'values': expected an object of metric names to numbers"),
            Map.entry("{}", "Field 'values': required"),
            Map.entry("[]", "The body: expected at least one metric, got an empty list"),
            Map.entry("[3]", "Field '[0]': expected an object {values, created_at?}"),
            Map.entry(
                "\"loss\"", "The body: expected an object {values, created_at?} or a list of them"),
            Map.entry(
                "{\"values\": {\"loss\": 1}, \"step\": 3}",
                "Unknown field 'step'; expected one of: created_at, values"),
            Map.entry(
                "[{\"values\": {\"loss\": 1}, \"created_at\": \"yesterday\"}]",
                "Field '[0].created_at': expected an ISO-8601 time such as 2024-03-01T12:00:00Z,"
                    + " got 'yesterday'"),
            Map.entry(
                "{\"values\": {\"\": 1}}",
                "Field 'values': expected a metric name of 1 to 256 characters"));
    cases.forEach(
        (body, detail) -> {
          Reply reply = post(adaToken, metrics, body);
          assertThat(reply.status()).as(body).isEqualTo(400);
          assertThat(reply.detail()).as(body).isEqualTo(detail);
        });

    Reply malformed = post(adaToken, metrics, "{\"values\": {\"loss\": 1");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.detail()).startsWith("Malformed JSON at line 1");
    Reply duplicate = post(adaToken, metrics, "{\"values\": {\"loss\": 1, \"loss\": 2}}");
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.detail()).contains("Duplicate field 'loss'");
    Reply empty = post(adaToken, metrics, "");
    assertThat(empty.status()).isEqualTo(400);

    Reply badKey = post(adaToken, metrics, "{\"values\": {\"a\": 1}}", "Idempotency-Key", "a b");
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.detail()).startsWith("Idempotency key: expected 1 to 200 printable");

    assertThat(get(adaToken, metrics).body().get("count").asInt()).isZero();
  }

  @Test
  void batchesAreBoundedInPointsAndBytes() {
    String metrics = experiment("open");
    // 100,001 points, the last one over the bound, so the server has read the whole body.
    StringBuilder tooMany = new StringBuilder("[");
    for (int i = 0; i < 50_000; i++) {
      tooMany.append("{\"values\":{\"a\":1,\"b\":2}},");
    }
    Reply points = post(adaToken, metrics, tooMany.append("{\"values\":{\"a\":1}}]").toString());
    assertThat(points.status()).isEqualTo(400);
    assertThat(points.detail())
        .isEqualTo(
            "A batch may hold at most 100000 points (name and value pairs), got more; split it");

    // Refused on its Content-Length alone, before any of the body is read: the request is
    // written by hand so the test does not depend on how a client reacts to an early answer.
    String status = statusLineOfOversizedPost(metrics, MetricBodyReader.MAX_BODY_BYTES + 1);
    assertThat(status).startsWith("HTTP/1.1 413 ");
    assertThat(get(adaToken, metrics).body().get("count").asInt()).isZero();
  }

  @Test
  void badQueriesAreA400() {
    String metrics = experiment("open");
    assertThat(get(adaToken, metrics + "?points=0").detail())
        .isEqualTo("Query parameter 'points': expected a whole number from 1 to 10000, got '0'");
    assertThat(get(adaToken, metrics + "?points=many").status()).isEqualTo(400);
    assertThat(get(adaToken, metrics + "?names=loss,,acc").detail())
        .isEqualTo("names: expected a metric name of 1 to 256 characters");
    assertThat(get(adaToken, metrics + "?limit=5000").status()).isEqualTo(400);
    assertThat(get(adaToken, "/api/v1/ada/open/experiments/x/metrics").detail())
        .isEqualTo("Path segment 'x': expected a run number");
  }

  @Test
  void visibilityAndOwnershipApply() {
    String open = experiment("open");
    String closed = experiment("closed");
    String body = "{\"values\": {\"loss\": 1}}";

    assertThat(post(bobToken, open, body).status()).isEqualTo(403);
    assertThat(get(bobToken, open).status()).isEqualTo(200);
    assertThat(post(bobToken, closed, body).status()).isEqualTo(404);
    assertThat(get(bobToken, closed).status()).isEqualTo(404);
    assertThat(post(null, open, body).status()).isEqualTo(401);
    assertThat(get(null, open).status()).isEqualTo(401);
    assertThat(post(rootToken, closed, body).status()).isEqualTo(201);
    assertThat(get(adaToken, closed).body().get("count").asInt()).isEqualTo(1);
    Reply missing = post(adaToken, "/api/v1/ada/open/experiments/9999/metrics", body);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.detail()).isEqualTo("There is no experiment 9999 in ada.open");
    assertThat(get(adaToken, "/api/v1/ada/nowhere/experiments/1/metrics").status()).isEqualTo(404);
  }
}
