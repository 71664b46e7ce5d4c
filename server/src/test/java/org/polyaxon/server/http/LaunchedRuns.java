package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.polyaxon.server.Http;

/** Runs that the test platform's scheduler really launches, for the tracking tests. */
final class LaunchedRuns {
  static final Duration LIMIT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestPlatform platform;

  LaunchedRuns(TestPlatform platform) {
    this.platform = platform;
  }

  /** Creates a run of {@code kind} ({@code experiments} or {@code jobs}) running {@code cmd}. */
  long create(Http http, String project, String kind, String cmd) {
    return create(http, project, kind, cmd, Map.of());
  }

  long create(Http http, String project, String kind, String cmd, Map<String, ?> declarations) {
    String file =
        "version: 1\nkind: "
            + (kind.equals("jobs") ? "job" : "experiment")
            + "\nbuild: {image: 'python:3.11'}\nrun:\n  cmd: "
            + json(cmd)
            + "\n";
    Http.Response created =
        http.post(
            "/api/v1/" + project + "/" + kind,
            json(Map.of("content", file, "declarations", declarations)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  /** Waits until the run is in one of {@code wanted} and returns that status. */
  String awaitStatus(String project, String kind, long id, String... wanted) {
    List<String> statuses = List.of(wanted);
    return await()
        .atMost(LIMIT)
        .until(() -> detail(project, kind, id).get("last_status").asText(), statuses::contains);
  }

  com.fasterxml.jackson.databind.JsonNode detail(String project, String kind, long id) {
    return platform.root().get("/api/v1/" + project + "/" + kind + "/" + id).body();
  }

  /** The run's context directory, where the platform wrote its token. */
  Path context(String project, String kind, long id) {
    return platform
        .home
        .root()
        .resolve("contexts")
        .resolve(detail(project, kind, id).get("uuid").asText());
  }

  /** The token of a launched run, as its process reads it. */
  String token(String project, String kind, long id) {
    Path file = context(project, kind, id).resolve(".authtoken");
    await().atMost(LIMIT).until(() -> Files.exists(file));
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops a run if it is still going and waits for its process to end. A run stopped before the
   * scheduler started it has no process: there is nothing to wait for.
   */
  void stop(String project, String kind, long id) {
    platform.root().post("/api/v1/" + project + "/" + kind + "/" + id + "/stop", "{}");
    if (detail(project, kind, id).get("started_at").isNull()
        && !Files.exists(state(project, kind, id))) {
      return;
    }
    awaitExit(project, kind, id);
  }

  private Path state(String project, String kind, long id) {
    return platform
        .home
        .root()
        .resolve("runs")
        .resolve(detail(project, kind, id).get("uuid").asText());
  }

  /** Waits until the executor recorded the end of the run's process. */
  void awaitExit(String project, String kind, long id) {
    Path state = state(project, kind, id);
    try {
      await().atMost(LIMIT).until(() -> Files.exists(state.resolve("exit")));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "the process of "
              + kind
              + " "
              + id
              + " did not end; run "
              + detail(project, kind, id)
              + "\n"
              + RunStateDump.of(state),
          e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
