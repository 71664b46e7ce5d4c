package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;

/**
 * Archiving and restoring experiments and jobs, and 0.4's bulk stop and delete of experiments
 * ({@code POST /{u}/{p}/experiments/stop|delete} with {@code {"ids": [..]}}).
 */
class RunArchiveAndBulkApiIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static final String SLEEP = "sleep 120";
  private static TestPlatform platform;
  private static LaunchedRuns runs;
  private static Http ada;
  private static Http bob;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    runs = new LaunchedRuns(platform);
    ada = platform.ada();
    bob = platform.bob();
    platform.createProject(platform.adaToken, "archives", true);
    platform.createProject(platform.adaToken, "bulk", true);
    platform.createProject(platform.bobToken, "other", true);
  }

  @Test
  void anArchivedRunLeavesTheListingsUntilRestored() {
    for (String kind : List.of("experiments", "jobs")) {
      String base = "/api/v1/ada/archives/" + kind;
      List<Long> ids =
          List.of(
              runs.create(ada, "ada/archives", kind, "true"),
              runs.create(ada, "ada/archives", kind, "true"),
              runs.create(ada, "ada/archives", kind, "true"));
      long hidden = ids.get(1);

      assertThat(bob.post(base + "/" + hidden + "/archive", null).status()).isEqualTo(403);
      Http.Response archived = ada.post(base + "/" + hidden + "/archive", null);
      assertThat(archived.status()).as(archived.text()).isEqualTo(200);
      assertThat(archived.body().get("archived").asBoolean()).isTrue();

      JsonNode live = ada.get(base).body();
      assertThat(live.get("count").asInt()).isEqualTo(2);
      assertThat(live.get("results").findValuesAsText("id"))
          .containsExactly(String.valueOf(ids.get(2)), String.valueOf(ids.get(0)));
      JsonNode filtered = ada.get(base + "?query=id:" + hidden).body();
      assertThat(filtered.get("count").asInt()).isZero();
      JsonNode archives = ada.get(base + "?archived=true").body();
      assertThat(archives.get("count").asInt()).isEqualTo(1);
      assertThat(archives.get("results").get(0).get("id").asLong()).isEqualTo(hidden);
      // Still addressable by its id, as an archived project is.
      assertThat(ada.get(base + "/" + hidden).body().get("archived").asBoolean()).isTrue();

      Http.Response restored = ada.post(base + "/" + hidden + "/restore", null);
      assertThat(restored.body().get("archived").asBoolean()).isFalse();
      assertThat(ada.get(base).body().get("count").asInt()).isEqualTo(3);
      assertThat(ada.get(base + "?archived=true").body().get("count").asInt()).isZero();
    }
  }

  @Test
  void archivingARunThatRunsStopsItFirst() {
    long id = runs.create(ada, "ada/archives", "jobs", SLEEP);
    runs.awaitStatus("ada/archives", "jobs", id, "running");

    Http.Response archived = ada.post("/api/v1/ada/archives/jobs/" + id + "/archive", null);

    assertThat(archived.body().get("last_status").asText()).isEqualTo("stopped");
    assertThat(archived.body().get("archived").asBoolean()).isTrue();
    runs.awaitExit("ada/archives", "jobs", id);
    JsonNode history =
        ada.get("/api/v1/ada/archives/jobs/" + id + "/statuses").body().get("results");
    assertThat(history.get(history.size() - 1).get("reason").asText()).isEqualTo("StoppedByUser");
  }

  @Test
  void bulkStopStopsTheListedExperimentsOfTheProjectOnly() {
    long first = runs.create(ada, "ada/bulk", "experiments", SLEEP);
    long second = runs.create(ada, "ada/bulk", "experiments", SLEEP);
    long done = runs.create(ada, "ada/bulk", "experiments", "true");
    long untouched = runs.create(ada, "ada/bulk", "experiments", SLEEP);
    long foreign = runs.create(bob, "bob/other", "experiments", SLEEP);
    runs.awaitStatus("ada/bulk", "experiments", done, "succeeded");
    String body = "{\"ids\": [%d, %d, %d, 424242]}".formatted(first, second, done);

    assertThat(bob.post("/api/v1/ada/bulk/experiments/stop", body).status()).isEqualTo(403);
    Http.Response stopped = ada.post("/api/v1/ada/bulk/experiments/stop", body);

    assertThat(stopped.status()).as(stopped.text()).isEqualTo(200);
    assertThat(stopped.text()).isEmpty();
    assertThat(status("ada/bulk", first)).isEqualTo("stopped");
    assertThat(status("ada/bulk", second)).isEqualTo("stopped");
    assertThat(status("ada/bulk", done)).isEqualTo("succeeded");
    assertThat(status("ada/bulk", untouched)).isNotEqualTo("stopped");
    // Numbers are the project's: bob's experiment of the same number is another run.
    assertThat(status("bob/other", foreign)).isNotEqualTo("stopped");
    for (long id : List.of(first, second, untouched)) {
      runs.stop("ada/bulk", "experiments", id);
    }
    runs.stop("bob/other", "experiments", foreign);
  }

  @Test
  void bulkDeleteDeletesTheListedExperimentsAndStopsTheRunningOnes() {
    for (String method : List.of("DELETE", "POST")) {
      long running = runs.create(ada, "ada/bulk", "experiments", SLEEP);
      long done = runs.create(ada, "ada/bulk", "experiments", "true");
      long kept = runs.create(ada, "ada/bulk", "experiments", "true");
      runs.awaitStatus("ada/bulk", "experiments", running, "running");
      runs.awaitStatus("ada/bulk", "experiments", done, "succeeded");
      Path state =
          platform
              .home
              .root()
              .resolve("runs")
              .resolve(runs.detail("ada/bulk", "experiments", running).get("uuid").asText());
      String body = "{\"ids\": [%d, %d]}".formatted(running, done);

      Http.Response deleted =
          ada.send(method, "/api/v1/ada/bulk/experiments/delete", body, "application/json");

      assertThat(deleted.status()).as(method + ": " + deleted.text()).isEqualTo(200);
      assertThat(ada.get("/api/v1/ada/bulk/experiments/" + running).status()).isEqualTo(404);
      assertThat(ada.get("/api/v1/ada/bulk/experiments/" + done).status()).isEqualTo(404);
      assertThat(ada.get("/api/v1/ada/bulk/experiments/" + kept).status()).isEqualTo(200);
      // The scheduler stops the process of a deleted run.
      await().atMost(LaunchedRuns.LIMIT).until(() -> Files.exists(state.resolve("exit")));
    }
  }

  @Test
  void bulkBodiesAreCheckedAndJobsHaveNoBulkRoutes() {
    String[][] cases = {
      {"{}", "Field 'ids': required; expected a list of experiment ids"},
      {"{\"ids\": \"1,2\"}", "Field 'ids': expected a list"},
      {"{\"ids\": [null]}", "Field 'ids': expected experiment ids, got null"},
      {"{\"ids\": [\"one\"]}", "Field 'ids[0]': 'one' is not a number"},
      {"{\"id\": [1]}", "Unknown field 'id'; expected one of: ids"},
    };
    for (String[] c : cases) {
      for (String route : List.of("stop", "delete")) {
        Http.Response answer = ada.post("/api/v1/ada/bulk/experiments/" + route, c[0]);
        assertThat(answer.status()).as(c[0]).isEqualTo(400);
        assertThat(answer.body().get("detail").asText()).as(c[0]).isEqualTo(c[1]);
      }
    }
    assertThat(ada.post("/api/v1/ada/bulk/experiments/stop", "{\"ids\": []}").status())
        .isEqualTo(200);
    assertThat(ada.post("/api/v1/ada/bulk/jobs/stop", "{\"ids\": [1]}").status()).isEqualTo(404);
    assertThat(ada.post("/api/v1/ada/bulk/jobs/delete", "{\"ids\": [1]}").status()).isEqualTo(404);
  }

  private static String status(String project, long id) {
    return runs.detail(project, "experiments", id).get("last_status").asText();
  }
}
