package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;
import org.polyaxon.testing.MutableClock;

/**
 * Every endpoint against the bad input of the issue: no token, a wrong token, a foreign token,
 * malformed JSON, unknown fields, wrong types, bad ids and a disallowed Host. Each answer must be
 * problem JSON with the expected status, never a 500.
 */
class BadInputApiIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          MutableClock.at("2024-05-01T09:00:00Z"),
          config -> config.with(Options.ALLOWED_HOSTS, List.of("127.0.0.1", ".example.com")));

  private static TestPlatform platform;

  /**
   * One route of the API with a body it would accept.
   *
   * @param method HTTP method
   * @param path a concrete path into ada's private project "secret"
   * @param body a valid JSON body, or null when the route takes none
   * @param typedField a field of the body whose type can be wrong, or null
   */
  record Endpoint(String method, String path, String body, String typedField) {
    @Override
    public String toString() {
      return method + " " + path;
    }

    boolean takesJson() {
      return body != null;
    }

    /** Clones take an optional body: no body at all clones as is. */
    boolean bodyIsOptional() {
      return path.matches(".*/(restart|resume|copy)$");
    }

    /** The same route with another run number in place of 1. */
    Endpoint withId(String id) {
      return new Endpoint(method, path.replaceFirst("/1(?=/|$|\\?)", "/" + id), body, typedField);
    }
  }

  private static final String RUN =
      "{\"content\": \"version: 1\\nkind: %s\\nbuild:\\n  image: bash\\nrun:\\n  cmd: 'true'\"}";

  static Stream<Endpoint> projectEndpoints() {
    String project = "/api/v1/ada/secret";
    return Stream.of(
        new Endpoint("GET", project, null, null),
        new Endpoint("PATCH", project, "{\"description\": \"d\"}", "description"),
        new Endpoint("DELETE", project, null, null),
        // Multipart: its bodies are RepoUploadApiIT's to try; here only what comes before them.
        new Endpoint("POST", project + "/repo/upload", null, null),
        new Endpoint("POST", project + "/archive", null, null),
        new Endpoint("POST", project + "/restore", null, null),
        new Endpoint("GET", project + "/repo", null, null),
        new Endpoint("GET", project + "/repo/download", null, null),
        new Endpoint("GET", "/api/v1/activitylogs/ada/secret", null, null));
  }

  static Stream<Endpoint> runEndpoints() {
    return Stream.of("experiments", "jobs")
        .flatMap(
            plural -> {
              String base = "/api/v1/ada/secret/" + plural;
              String kind = plural.equals("experiments") ? "experiment" : "job";
              return Stream.of(
                  new Endpoint("POST", base, RUN.formatted(kind), "content"),
                  new Endpoint("GET", base, null, null),
                  new Endpoint("GET", base + "/1", null, null),
                  new Endpoint("PATCH", base + "/1", "{\"name\": \"n\"}", "name"),
                  new Endpoint("DELETE", base + "/1", null, null),
                  new Endpoint("POST", base + "/1/stop", null, null),
                  new Endpoint("POST", base + "/1/archive", null, null),
                  new Endpoint("POST", base + "/1/restore", null, null),
                  new Endpoint("GET", base + "/1/statuses", null, null),
                  new Endpoint("GET", base + "/1/statuses/" + "0".repeat(32), null, null),
                  new Endpoint("GET", base + "/1/logs", null, null),
                  new Endpoint("GET", base + "/1/logs/stream", null, null),
                  new Endpoint("GET", base + "/1/outputs/tree", null, null),
                  new Endpoint("GET", base + "/1/outputs/files?path=a.txt", null, null),
                  new Endpoint("GET", base + "/1/outputs/download", null, null),
                  new Endpoint("GET", base + "/1/coderef", null, null),
                  new Endpoint("POST", base + "/1/coderef", "{\"commit\": \"abcd\"}", "is_dirty"),
                  new Endpoint("POST", base + "/1/_heartbeat", null, null),
                  new Endpoint(
                      "POST", base + "/1/statuses", "{\"status\": \"running\"}", "message"),
                  // Its bodies (a string, a list, text) are RunTrackingApiIT's to try.
                  new Endpoint("POST", base + "/1/logs", null, null),
                  new Endpoint(
                      "POST", base + "/1/restart", "{\"description\": \"d\"}", "update_code"),
                  new Endpoint(
                      "POST", base + "/1/resume", "{\"description\": \"d\"}", "update_code"),
                  new Endpoint("POST", base + "/1/copy", "{\"description\": \"d\"}", "config"));
            });
  }

  /** 0.4's bulk routes, for experiments only. */
  static Stream<Endpoint> bulkEndpoints() {
    String base = "/api/v1/ada/secret/experiments";
    String ids = "{\"ids\": [1]}";
    return Stream.of(
        new Endpoint("POST", base + "/stop", ids, "ids"),
        new Endpoint("POST", base + "/delete", ids, "ids"),
        new Endpoint("DELETE", base + "/delete", ids, "ids"));
  }

  static Stream<Endpoint> metricEndpoints() {
    String base = "/api/v1/ada/secret/experiments/1/metrics";
    return Stream.of(
        new Endpoint("GET", base, null, null),
        new Endpoint("POST", base, "{\"values\": {\"loss\": 0.5}}", "values"));
  }

  /** Routes inside ada's private project: someone else's token must find nothing there. */
  static Stream<Endpoint> privateProjectEndpoints() {
    return Stream.of(projectEndpoints(), runEndpoints(), bulkEndpoints(), metricEndpoints())
        .flatMap(s -> s);
  }

  static Stream<Endpoint> userEndpoints() {
    return Stream.of(
        new Endpoint("GET", "/api/v1/users", null, null),
        new Endpoint(
            "POST",
            "/api/v1/users",
            "{\"username\": \"eve\", \"email\": \"eve@example.com\", \"password\": \"long-enough\"}",
            "email"),
        new Endpoint("POST", "/api/v1/users/activate/bob", null, null),
        new Endpoint("POST", "/api/v1/users/deactivate/bob", null, null),
        new Endpoint("DELETE", "/api/v1/users/delete/bob", null, null),
        new Endpoint("POST", "/api/v1/superusers/grant/bob", null, null),
        new Endpoint("POST", "/api/v1/superusers/revoke/bob", null, null),
        new Endpoint("POST", "/api/v1/projects", "{\"name\": \"p\"}", "is_public"),
        new Endpoint("GET", "/api/v1/ada", null, null),
        new Endpoint("GET", "/api/v1/activitylogs", null, null));
  }

  static Stream<Endpoint> authenticatedEndpoints() {
    return Stream.concat(userEndpoints(), privateProjectEndpoints());
  }

  static Stream<Endpoint> jsonEndpoints() {
    return authenticatedEndpoints().filter(Endpoint::takesJson);
  }

  static Stream<Endpoint> runRoutesWithAnId() {
    return Stream.concat(runEndpoints(), metricEndpoints()).filter(e -> e.path().contains("/1"));
  }

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    platform.createProject(platform.adaToken, "secret", false);
    for (String kind : List.of("experiment", "job")) {
      Http.Response created =
          platform.ada().post("/api/v1/ada/secret/" + kind + "s", RUN.formatted(kind));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authenticatedEndpoints")
  void withoutATokenTheAnswerIs401(Endpoint endpoint) {
    assertProblem(send(platform.anonymous(), endpoint, endpoint.body()), 401);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authenticatedEndpoints")
  void anUnknownTokenIs401(Endpoint endpoint) {
    assertProblem(send(platform.json("0".repeat(40)), endpoint, endpoint.body()), 401);
    assertProblem(send(platform.json("not a token at all"), endpoint, endpoint.body()), 401);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("privateProjectEndpoints")
  void aForeignTokenFindsNothingInAPrivateProject(Endpoint endpoint) {
    Http.Response response = send(platform.bob(), endpoint, endpoint.body());
    assertProblem(response, 404);
    assertThat(response.body().get("detail").asText()).contains("secret");
  }

  static Stream<Endpoint> superuserEndpoints() {
    return userEndpoints()
        .filter(e -> !e.method().equals("GET"))
        .filter(e -> e.path().contains("users"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("superuserEndpoints")
  void userAdministrationIsForSuperusers(Endpoint endpoint) {
    assertProblem(send(platform.bob(), endpoint, endpoint.body()), 403);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonEndpoints")
  void malformedJsonIs400WithItsPosition(Endpoint endpoint) {
    Http.Response response = send(platform.root(), endpoint, "{\"name\": ");
    assertProblem(response, 400);
    assertThat(response.body().get("detail").asText()).startsWith("Malformed JSON at line 1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonEndpoints")
  void anUnknownFieldIs400NamingIt(Endpoint endpoint) {
    String body = endpoint.body().replaceFirst("\\{", "{\"colour\": \"blue\", ");
    Http.Response response = send(platform.root(), endpoint, body);
    assertProblem(response, 400);
    assertThat(response.body().get("detail").asText()).contains("'colour'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonEndpoints")
  void aFieldOfTheWrongTypeIs400NamingIt(Endpoint endpoint) {
    String body =
        endpoint.body().replaceFirst("\\{", "{\"" + endpoint.typedField() + "\": [[1]], ");
    Http.Response response = send(platform.root(), endpoint, duplicateFree(body, endpoint));
    assertProblem(response, 400);
    assertThat(response.body().get("detail").asText()).contains(endpoint.typedField());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonEndpoints")
  void aBodyThatIsNotAnObjectIs400(Endpoint endpoint) {
    List<String> notObjects = new java.util.ArrayList<>(List.of("[]", "42", "\"text\""));
    if (!endpoint.bodyIsOptional()) {
      notObjects.addAll(List.of("null", ""));
    }
    for (String body : notObjects) {
      Http.Response response = send(platform.root(), endpoint, body);
      assertThat(response.status()).as("body %s: %s", body, response.text()).isEqualTo(400);
      assertProblem(response, 400);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runRoutesWithAnId")
  void badRunNumbersAreAnsweredNotCrashedOn(Endpoint endpoint) {
    assertProblem(send(platform.root(), endpoint.withId("abc")), 400);
    assertProblem(send(platform.root(), endpoint.withId("99999999999999999999")), 400);
    assertProblem(send(platform.root(), endpoint.withId("1.5")), 400);
    assertProblem(send(platform.root(), endpoint.withId("-1")), 404);
    assertProblem(send(platform.root(), endpoint.withId("424242")), 404);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authenticatedEndpoints")
  void aDisallowedHostIsRefusedBeforeAnythingElse(Endpoint endpoint) throws IOException {
    assertThat(rawStatus(endpoint, "evil.org")).isEqualTo(400);
    assertThat(rawStatus(endpoint, "example.com.evil.org")).isEqualTo(400);
  }

  @Test
  void unknownQueryParametersOnPagesAreNamed() {
    assertProblem(platform.ada().get("/api/v1/ada/secret/experiments?limit=lots"), 400);
    assertProblem(platform.ada().get("/api/v1/ada/secret/experiments?offset=-3"), 400);
    assertProblem(platform.ada().get("/api/v1/ada/secret/jobs?limit=100000"), 400);
  }

  private static String duplicateFree(String body, Endpoint endpoint) {
    // The valid body may already carry the field; the wrong-typed copy comes first, so drop
    // the original to keep the JSON free of duplicate keys.
    String original = "\"" + endpoint.typedField() + "\": ";
    int first = body.indexOf(original);
    int second = body.indexOf(original, first + 1);
    if (second < 0) {
      return body;
    }
    String head = body.substring(0, second).replaceFirst(",\\s*$", "");
    String tail = body.substring(second);
    int end = valueEnd(tail, original.length());
    return head + tail.substring(end);
  }

  private static int valueEnd(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  private static Http.Response send(Http http, Endpoint endpoint) {
    return send(http, endpoint, endpoint.body());
  }

  private static Http.Response send(Http http, Endpoint endpoint, String body) {
    return http.send(
        endpoint.method(),
        endpoint.path(),
        endpoint.takesJson() ? body : null,
        endpoint.takesJson() ? "application/json" : null);
  }

  private static void assertProblem(Http.Response response, int status) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("status").asInt()).isEqualTo(status);
    assertThat(response.body().get("detail").asText()).isNotBlank();
  }

  private static int rawStatus(Endpoint endpoint, String host) throws IOException {
    return RawHttp.status(
        platform.platform.port(), endpoint.method(), endpoint.path(), host, platform.rootToken);
  }
}
