package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.testing.MutableClock;

/**
 * What 0.4.4 clients send and expect (reference 3.2): the request fields they add, which must not
 * be refused, and the response fields they read, with truthful values where a concept does not
 * exist here yet.
 */
class Compat04ApiIT {
  private static final MutableClock CLOCK = MutableClock.at("2024-06-01T08:00:00Z");

  @RegisterExtension
  static final PlatformUnderTest PLATFORM = PlatformUnderTest.with(CLOCK, config -> config);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXPERIMENT =
      "{\"version\": 1, \"kind\": \"experiment\", \"framework\": \"pytorch\","
          + " \"environment\": {\"resources\": {\"cpu\": {\"requests\": 1, \"limits\": 2}}},"
          + " \"build\": {\"image\": \"python:3.11\"}, \"run\": {\"cmd\": \"true\"}}";
  private static TestPlatform platform;
  private static LaunchedRuns runs;
  private static Http ada;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    runs = new LaunchedRuns(platform);
    ada = platform.ada();
    platform.createProject(platform.adaToken, "mnist", true);
  }

  @Test
  void theLoginFlagOf04ClientsIsAcceptedAndIgnored() {
    Http anonymous = platform.anonymous();
    Http.Response json =
        anonymous.post(
            "/api/v1/users/token",
            "{\"username\": \"ada\", \"password\": \"ada-password\", \"login\": true}");
    assertThat(json.status()).as(json.text()).isEqualTo(200);
    assertThat(platform.json(json.body().get("token").asText()).get("/api/v1/users").status())
        .isEqualTo(200);
    Http.Response form =
        anonymous.send(
            "POST",
            "/api/v1/users/token",
            "username=ada&password=ada-password&login=true",
            "application/x-www-form-urlencoded");
    assertThat(form.status()).as(form.text()).isEqualTo(200);

    Http.Response unknown =
        anonymous.post(
            "/api/v1/users/token",
            "{\"username\": \"ada\", \"password\": \"ada-password\", \"colour\": 1}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("detail").asText()).startsWith("Unknown field 'colour'");
  }

  @Test
  void anExperimentKeepsThe04FieldsItWasCreatedWithAndShowsThem() {
    Http.Response created =
        ada.post(
            "/api/v1/ada/mnist/experiments",
            "{\"config\": "
                + EXPERIMENT
                + ", \"description\": \"short\", \"readme\": \"# Long notes\","
                + " \"backend\": \"native\", \"framework\": \"tensorflow\", \"in_cluster\": true,"
                + " \"run_env\": {\"python\": \"3.6\", \"pip\": [\"numpy\"]},"
                + " \"data_refs\": {\"mnist\": {\"path\": \"/data/mnist\"}}, \"ttl\": 60,"
                + " \"experiment_group\": null}");

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode detail =
        ada.get("/api/v1/ada/mnist/experiments/" + created.body().get("id").asLong()).body();
    for (JsonNode view : List.of(created.body(), detail)) {
      assertThat(view.get("description").asText()).isEqualTo("short");
      assertThat(view.get("readme").asText()).isEqualTo("# Long notes");
      assertThat(view.get("backend").asText()).isEqualTo("native");
      assertThat(view.get("framework").asText()).isEqualTo("tensorflow");
      assertThat(view.get("in_cluster").asBoolean()).isTrue();
      assertThat(view.get("run_env").get("pip").get(0).asText()).isEqualTo("numpy");
      assertThat(view.get("data_refs").get("mnist").get("path").asText()).isEqualTo("/data/mnist");
      assertThat(view.get("ttl").isNull()).isTrue();
    }
  }

  @Test
  void aJobKeepsThe04FieldsOfJobsAndRefusesAnExperimentsOnes() {
    String file = "version: 1\\nkind: job\\nbuild: {image: bash}\\nrun: {cmd: 'true'}";
    Http.Response created =
        ada.post(
            "/api/v1/ada/mnist/jobs",
            "{\"content\": \""
                + file
                + "\", \"readme\": \"notes\", \"in_cluster\": true, \"ttl\": 5,"
                + " \"data_refs\": {\"d\": 1}}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.body().get("readme").asText()).isEqualTo("notes");
    assertThat(created.body().get("data_refs").get("d").asInt()).isEqualTo(1);

    Http.Response backend =
        ada.post(
            "/api/v1/ada/mnist/jobs", "{\"content\": \"" + file + "\", \"backend\": \"native\"}");
    assertThat(backend.status()).isEqualTo(400);
    assertThat(backend.body().get("detail").asText())
        .startsWith("Unknown field 'backend'; expected one of:")
        .contains("data_refs", "in_cluster", "readme", "ttl");
  }

  @Test
  void whatThisServerCannotHonourIsRefusedByName() {
    Map<String, String> refusals =
        Map.of(
            "\"experiment_group\": 3",
            "Field 'experiment_group': experiment groups are not on this server yet",
            "\"in_cluster\": false",
            "Field 'in_cluster': runs tracked from outside the platform",
            "\"run_env\": [1]",
            "Field 'run_env': expected a JSON object",
            "\"data_refs\": \"mnist\"",
            "Field 'data_refs': expected a JSON object",
            "\"colour\": \"blue\"",
            "Unknown field 'colour'; expected one of:");
    refusals.forEach(
        (field, detail) -> {
          Http.Response refused =
              ada.post(
                  "/api/v1/ada/mnist/experiments",
                  "{\"config\": " + EXPERIMENT + ", " + field + "}");
          assertThat(refused.status()).as(field + ": " + refused.text()).isEqualTo(400);
          assertThat(refused.contentType()).startsWith("application/problem+json");
          assertThat(refused.body().get("detail").asText()).as(field).startsWith(detail);
        });
  }

  @Test
  void anExperimentAnswersEvery04FieldWithWhatIsTrueHere() throws IOException {
    long id = runs.create(ada, "ada/mnist", "experiments", "sleep 120");
    runs.awaitStatus("ada/mnist", "experiments", id, "running");
    String path = "/api/v1/ada/mnist/experiments/" + id;
    CLOCK.advance(Duration.ofSeconds(65));
    ada.post(path + "/stop", null);
    runs.awaitExit("ada/mnist", "experiments", id);

    JsonNode detail = ada.get(path).body();
    JsonNode listed = ada.get("/api/v1/ada/mnist/experiments?query=id:" + id).body();
    for (JsonNode view : List.of(detail, listed.get("results").get(0))) {
      for (String field :
          List.of(
              "experiment_group",
              "build_job",
              "readme",
              "run_env",
              "data_refs",
              "tensorboard",
              "resources",
              "code_reference",
              "ttl")) {
        assertThat(view.has(field)).as(field).isTrue();
        assertThat(view.get(field).isNull()).as(field).isTrue();
      }
      assertThat(view.get("bookmarked").asBoolean()).isFalse();
      assertThat(view.get("has_tensorboard").asBoolean()).isFalse();
      assertThat(view.get("in_cluster").asBoolean()).isTrue();
      assertThat(view.get("num_jobs").asInt()).isEqualTo(1);
      assertThat(view.get("is_clone").asBoolean()).isFalse();
      // The Polyaxonfile's normal form names the default backend.
      assertThat(view.get("backend").asText()).isEqualTo("native");
      assertThat(view.get("total_run").asText()).isEqualTo("65");
      assertThat(view.get("archived").asBoolean()).isFalse();
    }
    assertThat(detail.get("config").get("kind").asText()).isEqualTo("experiment");
    assertThat(listed.get("results").get(0).get("config").isNull()).isTrue();
  }

  @Test
  void resourcesBackendAndFrameworkComeFromThePolyaxonfile() throws IOException {
    Http.Response created =
        ada.post("/api/v1/ada/mnist/experiments", "{\"config\": " + EXPERIMENT + "}");

    JsonNode view = created.body();
    assertThat(view.get("resources"))
        .isEqualTo(JSON.readTree("{\"cpu\": {\"requests\": 1, \"limits\": 2}}"));
    assertThat(view.get("framework").asText()).isEqualTo("pytorch");
    assertThat(view.get("backend").asText()).isEqualTo("native");
    assertThat(view.get("total_run").isNull()).isTrue();
  }

  @Test
  void aRunThatNeverStartedHasNoJobAndSaysWhyItFailed() {
    // The file's declaration renders; the value given at creation does not, so the scheduler
    // cannot plan the launch and the run fails without starting.
    Http.Response created =
        ada.post(
            "/api/v1/ada/mnist/experiments",
            "{\"content\": \"version: 1\\nkind: experiment\\ndeclarations: {d: 1}\\n"
                + "build: {image: bash}\\nrun: {cmd: 'echo {{ 10 / d }}'}\","
                + " \"declarations\": {\"d\": \"x\"}}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long id = created.body().get("id").asLong();

    runs.awaitStatus("ada/mnist", "experiments", id, "failed");
    JsonNode view = ada.get("/api/v1/ada/mnist/experiments/" + id).body();
    assertThat(view.get("num_jobs").asInt()).isZero();
    assertThat(view.get("started_at").isNull()).isTrue();
    assertThat(view.get("total_run").isNull()).isTrue();
    JsonNode history =
        ada.get("/api/v1/ada/mnist/experiments/" + id + "/statuses").body().get("results");
    assertThat(history.findValuesAsText("reason")).containsExactly("Created", "CannotStart");
    assertThat(history.get(1).get("message").asText()).startsWith("run.cmd cannot be rendered");
  }

  @Test
  void aJobAnswersEvery04FieldOfJobs() {
    long id = runs.create(ada, "ada/mnist", "jobs", "true");
    runs.awaitStatus("ada/mnist", "jobs", id, "succeeded");

    JsonNode view = ada.get("/api/v1/ada/mnist/jobs/" + id).body();
    for (String field : List.of("pod_id", "build_job", "resources", "ttl", "readme")) {
      assertThat(view.has(field)).as(field).isTrue();
      assertThat(view.get(field).isNull()).as(field).isTrue();
    }
    assertThat(view.get("in_cluster").asBoolean()).isTrue();
    assertThat(view.get("bookmarked").asBoolean()).isFalse();
    assertThat(view.get("total_run").asText()).isEqualTo("0");
    assertThat(view.get("definition")).isEqualTo(view.get("config"));
    assertThat(view.get("definition").get("run").get("cmd").toString()).contains("true");
    assertThat(view.has("experiment_group")).isFalse();
    assertThat(view.has("num_jobs")).isFalse();
  }

  @Test
  void aProjectCountsItsLiveRunsOfEachKind() {
    platform.createProject(platform.adaToken, "counted", true);
    String base = "/api/v1/ada/counted";
    JsonNode empty = ada.get(base).body();
    assertThat(empty.get("num_experiments").asInt()).isZero();
    String job = "{\"content\": \"version: 1\\nkind: job\\nbuild: {image: bash}\\nrun: {cmd: x}\"}";
    for (int i = 0; i < 3; i++) {
      assertThat(ada.post(base + "/experiments", "{\"config\": " + EXPERIMENT + "}").status())
          .isEqualTo(201);
    }
    assertThat(ada.post(base + "/jobs", job).status()).isEqualTo(201);
    assertThat(ada.post(base + "/experiments/2/archive", null).status()).isEqualTo(200);

    JsonNode project = ada.get(base).body();
    assertThat(project.get("num_experiments").asInt()).isEqualTo(2);
    assertThat(project.get("num_independent_experiments").asInt()).isEqualTo(2);
    assertThat(project.get("num_experiment_groups").asInt()).isZero();
    assertThat(project.get("num_jobs").asInt()).isEqualTo(1);
    assertThat(project.get("num_builds").asInt()).isZero();
    assertThat(project.get("has_tensorboard").asBoolean()).isFalse();
    assertThat(project.get("has_notebook").asBoolean()).isFalse();
    assertThat(project.get("bookmarked").asBoolean()).isFalse();
    JsonNode listed = ada.get("/api/v1/ada").body().get("results");
    for (JsonNode each : listed) {
      if (each.get("name").asText().equals("counted")) {
        assertThat(each.get("num_experiments").asInt()).isEqualTo(2);
      }
    }
  }
}
