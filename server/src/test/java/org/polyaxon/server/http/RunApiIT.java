package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.testing.MutableClock;

/** Experiments and jobs through HTTP: created from real Polyaxonfiles, listed, stopped, deleted. */
class RunApiIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(MutableClock.at("2024-05-01T09:00:00Z"), config -> config);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES =
      Path.of(System.getProperty("polyaxon.root", ".."))
          .resolve("spec/src/test/resources/valid"); // the upstream fixtures, with provenance
  private static TestPlatform platform;
  private static Http ada;
  private static Http bob;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    ada = platform.ada();
    bob = platform.bob();
    platform.createProject(platform.adaToken, "mnist", true);
    platform.createProject(platform.adaToken, "secret", false);
  }

  private static String fixture(String name) throws IOException {
    return Files.readString(FIXTURES.resolve(name));
  }

  private static String contentBody(String yaml) throws IOException {
    return JSON.writeValueAsString(
        java.util.Map.of("content", yaml, "tags", java.util.List.of("t")));
  }

  @Test
  void anExperimentIsCreatedFromAPolyaxonfileAndStartsAsCreated() throws IOException {
    Http.Response created =
        ada.post(
            "/api/v1/ada/mnist/experiments", contentBody(fixture("quickstart__polyaxonfile.yml")));

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode experiment = created.body();
    long id = experiment.get("id").asLong();
    assertThat(experiment.get("unique_name").asText()).isEqualTo("ada.mnist." + id);
    assertThat(experiment.get("last_status").asText()).isEqualTo("created");
    assertThat(experiment.get("user").asText()).isEqualTo("ada");
    assertThat(experiment.get("uuid").asText()).hasSize(32);
    assertThat(experiment.get("created_at").asText()).isEqualTo("2024-05-01T09:00:00Z");
    assertThat(experiment.get("config").get("run").get("cmd").toString()).contains("model.py");

    JsonNode fetched = bob.get("/api/v1/ada/mnist/experiments/" + id).body();
    assertThat(fetched.get("uuid").asText()).isEqualTo(experiment.get("uuid").asText());
    // The scheduler may already have moved it on; its history starts with created.
    JsonNode statuses = ada.get("/api/v1/ada/mnist/experiments/" + id + "/statuses").body();
    assertThat(statuses.get("count").asInt()).isPositive();
    assertThat(statuses.get("results").get(0).get("status").asText()).isEqualTo("created");
  }

  @Test
  void theConfigCanComeAsAJsonObjectLikeThe04Cli() throws IOException {
    String body =
        "{\"name\": \"first\", \"ttl\": 3600, \"declarations\": {\"lr\": 0.01},"
            + " \"config\": {\"version\": 1, \"kind\": \"experiment\","
            + " \"declarations\": {\"lr\": 0.1, \"layers\": 2},"
            + " \"build\": {\"image\": \"python:3.11\"},"
            + " \"run\": {\"cmd\": \"python train.py --lr={{ lr }}\"}}}";

    Http.Response created = ada.post("/api/v1/ada/mnist/experiments", body);

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.body().get("name").asText()).isEqualTo("first");
    assertThat(created.body().get("declarations").get("lr").asDouble()).isEqualTo(0.01);
    assertThat(created.body().get("declarations").get("layers").asInt()).isEqualTo(2);
  }

  @Test
  void anInvalidPolyaxonfileIs400WithEveryProblem() throws IOException {
    Http.Response invalid =
        ada.post(
            "/api/v1/ada/mnist/experiments",
            contentBody(
                "version: 1\nkind: experiment\nrun:\n  cmd: x\n  colour: blue\nbuild: 3\n"));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().get("detail").asText())
        .startsWith("The Polyaxonfile has 2 problem(s)");
    assertThat(invalid.body().get("errors")).hasSize(2);
    assertThat(invalid.body().get("errors").get(0).asText()).startsWith("content:5:3: run.colour:");
    assertThat(invalid.body().get("errors").get(1).asText()).startsWith("content:6:8: build:");

    Http.Response wrongKind =
        ada.post(
            "/api/v1/ada/mnist/experiments",
            contentBody(fixture("quickstart__polyaxonfile_job.yml")));
    assertThat(wrongKind.status()).isEqualTo(400);
    assertThat(wrongKind.body().get("detail").asText())
        .isEqualTo("kind: the Polyaxonfile is a job; expected a experiment here");
    Http.Response missing = ada.post("/api/v1/ada/mnist/experiments", "{\"name\": \"x\"}");
    assertThat(missing.body().get("detail").asText()).startsWith("The Polyaxonfile is missing");
  }

  @Test
  void jobsLiveUnderTheirOwnRoutesAndNumbers() throws IOException {
    Http.Response job =
        ada.post(
            "/api/v1/ada/mnist/jobs", contentBody(fixture("quickstart__polyaxonfile_job.yml")));

    assertThat(job.status()).as(job.text()).isEqualTo(201);
    long id = job.body().get("id").asLong();
    assertThat(job.body().get("unique_name").asText()).isEqualTo("ada.mnist.jobs." + id);
    assertThat(ada.get("/api/v1/ada/mnist/jobs").body().get("count").asInt()).isPositive();
    assertThat(ada.get("/api/v1/ada/mnist/jobs/" + id).status()).isEqualTo(200);
  }

  @Test
  void stoppingACreatedRunStopsItAndOnlyOnce() throws IOException {
    long id =
        ada.post(
                "/api/v1/ada/mnist/experiments",
                contentBody(fixture("quickstart__polyaxonfile.yml")))
            .body()
            .get("id")
            .asLong();
    String path = "/api/v1/ada/mnist/experiments/" + id;

    assertThat(bob.post(path + "/stop", null).status()).isEqualTo(403);
    Http.Response stopped = ada.post(path + "/stop", null);
    assertThat(stopped.body().get("last_status").asText()).isEqualTo("stopped");
    assertThat(stopped.body().get("finished_at").asText()).isEqualTo("2024-05-01T09:00:00Z");
    Http.Response again = ada.post(path + "/stop", null);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body().get("detail").asText()).isEqualTo("The experiment is already stopped");
    JsonNode history = ada.get(path + "/statuses").body().get("results");
    assertThat(history.findValuesAsText("status")).containsExactly("created", "stopped");
    assertThat(history.findValuesAsText("reason")).containsExactly("Created", "StoppedByUser");
    assertThat(history.findValuesAsText("experiment"))
        .containsExactly(String.valueOf(id), String.valueOf(id));

    Http.Response renamed =
        ada.send("PATCH", path, "{\"name\": \"renamed\", \"tags\": [\"x\"]}", "application/json");
    assertThat(renamed.body().get("name").asText()).isEqualTo("renamed");
    assertThat(ada.delete(path).status()).isEqualTo(204);
    assertThat(ada.get(path).status()).isEqualTo(404);
  }

  @Test
  void visibilityAndOwnershipFollowTheProject() throws IOException {
    String body = contentBody(fixture("quickstart__polyaxonfile.yml"));
    assertThat(bob.post("/api/v1/ada/mnist/experiments", body).status()).isEqualTo(403);
    assertThat(bob.post("/api/v1/ada/secret/experiments", body).status()).isEqualTo(404);
    long id = ada.post("/api/v1/ada/secret/experiments", body).body().get("id").asLong();
    assertThat(bob.get("/api/v1/ada/secret/experiments/" + id).status()).isEqualTo(404);
    assertThat(ada.get("/api/v1/ada/secret/experiments/abc").body().get("detail").asText())
        .isEqualTo("Path segment 'abc': expected a run number");
    assertThat(ada.get("/api/v1/ada/secret/experiments/999").body().get("detail").asText())
        .isEqualTo("There is no experiment 999 in ada.secret");
  }
}
