package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;

/**
 * Restart, resume and copy through HTTP, with real runs: new numbers, the original's file merged
 * with a patch, outputs where reference 2.2 puts them, and the code version each run checks out.
 * Each test has its own project, so they do not see each other's runs.
 */
class CloneApiIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(Clock.systemUTC(), config -> config);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

  /** Appends the declaration {@code step} to {@code steps.txt} in the run's outputs. */
  private static final String APPENDS_STEP =
      "version: 1\nkind: experiment\nbuild: {image: bash}\ndeclarations: {step: 1}\n"
          + "run:\n  cmd: echo {{ step }} >> \"$POLYAXON_RUN_OUTPUTS_PATH/steps.txt\"\n";

  private static TestPlatform platform;
  private static Http ada;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    ada = platform.ada();
  }

  private static String project(String name, boolean isPublic) {
    platform.createProject(platform.adaToken, name, isPublic);
    return "/api/v1/ada/" + name;
  }

  private static long create(String project, String kind, String yaml) throws IOException {
    Http.Response created =
        ada.post(project + "/" + kind, JSON.writeValueAsString(Map.of("content", yaml)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  private static JsonNode clone(String run, String strategy, String body) {
    Http.Response cloned = ada.post(run + "/" + strategy, body);
    assertThat(cloned.status()).as(cloned.text()).isEqualTo(201);
    return cloned.body();
  }

  private static String awaitDone(String run) {
    List<String> done = List.of("succeeded", "failed", "stopped");
    return await()
        .atMost(RUN_LIMIT)
        .until(() -> ada.get(run).body().get("last_status").asText(), done::contains);
  }

  private static String outputFile(String run, String path) {
    BinaryHttp.Response file =
        platform.binary(platform.adaToken).get(run + "/outputs/files?path=" + path);
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    return file.text();
  }

  @Test
  void aFailedExperimentRestartsAsANewNumberWithItsOriginalNamed() throws IOException {
    String project = project("restart", true);
    long id =
        create(
            project,
            "experiments",
            "version: 1\nkind: experiment\nbuild: {image: bash}\ndeclarations: {code: 3}\nrun:\n  cmd: exit {{ code }}\n");
    String original = project + "/experiments/" + id;
    assertThat(awaitDone(original)).isEqualTo("failed");

    JsonNode again = clone(original, "restart", "");

    assertThat(again.get("id").asLong()).isEqualTo(id + 1);
    assertThat(again.get("original").asText()).isEqualTo("ada.restart." + id);
    assertThat(again.get("cloning_strategy").asText()).isEqualTo("restart");
    assertThat(again.get("is_clone").asBoolean()).isTrue();
    assertThat(again.get("declarations").get("code").asInt()).isEqualTo(3);
    assertThat(again.get("last_status").asText()).isEqualTo("created");
    assertThat(awaitDone(project + "/experiments/" + again.get("id"))).isEqualTo("failed");
    assertThat(
            ada.get(project + "/experiments/" + again.get("id") + "/statuses")
                .body()
                .get("results")
                .findValuesAsText("reason"))
        .containsExactly("Restarted", "Scheduled", "ProcessRunning", "ProcessExited");

    JsonNode fixed =
        clone(original, "restart", "{\"config\": {\"declarations\": {\"code\": 0}}, \"ttl\": 60}");
    assertThat(fixed.get("declarations").get("code").asInt()).isEqualTo(0);
    assertThat(awaitDone(project + "/experiments/" + fixed.get("id"))).isEqualTo("succeeded");

    JsonNode listed = ada.get(project + "/experiments").body().get("results");
    assertThat(listed).hasSize(3);
    assertThat(listed.get(2).get("is_clone").asBoolean()).isFalse();
    assertThat(listed.get(2).get("original").isNull()).isTrue();
    assertThat(listed.get(2).get("cloning_strategy").isNull()).isTrue();
    assertThat(listed.get(0).get("original").asText()).isEqualTo("ada.restart." + id);
  }

  @Test
  void declarationsGivenAtCreationStayUnlessThePatchDeclaresThem() throws IOException {
    String project = project("declarations", true);
    Http.Response created =
        ada.post(
            project + "/experiments",
            JSON.writeValueAsString(
                Map.of(
                    "content",
                    APPENDS_STEP.replace("{step: 1}", "{step: 1, lr: 0.1, layers: 2}"),
                    "declarations",
                    Map.of("lr", 0.01))));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String original = project + "/experiments/" + created.body().get("id");

    JsonNode sameFile = clone(original, "restart", "{\"description\": \"again\"}");
    assertThat(sameFile.get("declarations").get("lr").asDouble()).isEqualTo(0.01);
    assertThat(sameFile.get("description").asText()).isEqualTo("again");

    JsonNode patched =
        clone(
            original,
            "copy",
            "{\"content\": \"declarations:\\n  layers: 4\\nrun:\\n  cmd: echo {{ layers }}\\n\"}");
    assertThat(patched.get("declarations").get("lr").asDouble()).isEqualTo(0.01);
    assertThat(patched.get("declarations").get("layers").asInt()).isEqualTo(4);
    assertThat(patched.get("declarations").get("step").asInt()).isEqualTo(1);
    assertThat(patched.get("config").get("run").get("cmd").toString()).contains("layers");
  }

  @Test
  void aResumedExperimentWritesIntoItsOriginalsOutputs() throws IOException {
    String project = project("resume", true);
    long id = create(project, "experiments", APPENDS_STEP);
    String original = project + "/experiments/" + id;
    assertThat(awaitDone(original)).isEqualTo("succeeded");

    JsonNode resumed = clone(original, "resume", "{\"config\": {\"declarations\": {\"step\": 2}}}");
    String resumedRun = project + "/experiments/" + resumed.get("id");
    assertThat(resumed.get("cloning_strategy").asText()).isEqualTo("resume");
    assertThat(awaitDone(resumedRun)).isEqualTo("succeeded");

    assertThat(outputFile(resumedRun, "steps.txt")).isEqualTo("1\n2\n");
    assertThat(outputFile(original, "steps.txt")).isEqualTo("1\n2\n");

    // A resume of a resume still writes into the first run's directory.
    JsonNode again = clone(resumedRun, "resume", "{\"config\": {\"declarations\": {\"step\": 3}}}");
    assertThat(awaitDone(project + "/experiments/" + again.get("id"))).isEqualTo("succeeded");
    assertThat(outputFile(original, "steps.txt")).isEqualTo("1\n2\n3\n");
  }

  @Test
  void aCopyStartsWithTheOriginalsOutputsAndLeavesThemUnchanged() throws IOException {
    String project = project("copy", true);
    long id = create(project, "jobs", APPENDS_STEP.replace("kind: experiment", "kind: job"));
    String original = project + "/jobs/" + id;
    assertThat(awaitDone(original)).isEqualTo("succeeded");

    JsonNode copied =
        clone(
            original,
            "copy",
            "{\"config\": {\"run\": {\"cmd\": \"echo copied >> $POLYAXON_RUN_OUTPUTS_PATH/steps.txt"
                + " && echo new > $POLYAXON_RUN_OUTPUTS_PATH/new.txt\"}}}");
    String copy = project + "/jobs/" + copied.get("id");
    assertThat(copied.get("original").asText()).isEqualTo("ada.copy.jobs." + id);
    assertThat(ada.get(copy + "/statuses").body().get("results").get(0).get("reason").asText())
        .isEqualTo("Copied");
    assertThat(copied.get("config").get("run").get("cmd").toString()).contains("copied");
    assertThat(awaitDone(copy)).isEqualTo("succeeded");

    assertThat(outputFile(copy, "steps.txt")).isEqualTo("1\ncopied\n");
    assertThat(outputFile(copy, "new.txt")).isEqualTo("new\n");
    assertThat(outputFile(original, "steps.txt")).isEqualTo("1\n");
    JsonNode originalTree = ada.get(original + "/outputs/tree").body();
    assertThat(originalTree.get("files")).hasSize(1);

    JsonNode restarted = clone(original, "restart", "{}");
    String fresh = project + "/jobs/" + restarted.get("id");
    assertThat(awaitDone(fresh)).isEqualTo("succeeded");
    assertThat(outputFile(fresh, "steps.txt")).isEqualTo("1\n");
  }

  @Test
  void theOriginalsCodeIsKeptUnlessUpdateCodeAsksForTheLatest() throws IOException {
    String project = project("code", true);
    BinaryHttp binary = platform.binary(platform.adaToken);
    upload(binary, project, "v1");
    long id =
        create(
            project,
            "experiments",
            "version: 1\nkind: experiment\nbuild: {image: bash}\n"
                + "run:\n  cmd: cp version.txt \"$POLYAXON_RUN_OUTPUTS_PATH/version.txt\"\n");
    String original = project + "/experiments/" + id;
    assertThat(awaitDone(original)).isEqualTo("succeeded");
    assertThat(outputFile(original, "version.txt")).isEqualTo("v1");
    upload(binary, project, "v2");

    JsonNode kept = clone(original, "restart", "{\"update_code\": false}");
    JsonNode updated = clone(original, "restart", "{\"update_code\": true}");
    String keptRun = project + "/experiments/" + kept.get("id");
    String updatedRun = project + "/experiments/" + updated.get("id");
    assertThat(awaitDone(keptRun)).isEqualTo("succeeded");
    assertThat(awaitDone(updatedRun)).isEqualTo("succeeded");

    assertThat(outputFile(keptRun, "version.txt")).isEqualTo("v1");
    assertThat(outputFile(updatedRun, "version.txt")).isEqualTo("v2");
    assertThat(ada.get(keptRun + "/coderef").body().get("commit"))
        .isEqualTo(ada.get(original + "/coderef").body().get("commit"));
    assertThat(ada.get(updatedRun + "/coderef").body().get("commit"))
        .isEqualTo(ada.get(project + "/repo").body().get("commit"))
        .isNotEqualTo(ada.get(original + "/coderef").body().get("commit"));
    // A new run takes the latest code, and so does its restart.
    long later = create(project, "experiments", ada.get(original).body().get("config").toString());
    String laterRun = project + "/experiments/" + later;
    assertThat(awaitDone(laterRun)).isEqualTo("succeeded");
    assertThat(outputFile(laterRun, "version.txt")).isEqualTo("v2");
  }

  @Test
  void aRunCreatedBeforeAnyUploadHasNoCode() throws IOException {
    String project = project("nocode", true);
    long id = create(project, "jobs", APPENDS_STEP.replace("kind: experiment", "kind: job"));
    Http.Response none = ada.get(project + "/jobs/" + id + "/coderef");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.body().get("detail").asText())
        .isEqualTo(
            "The job "
                + id
                + " runs without code: none was uploaded when it was created, and it reported"
                + " none");
  }

  private static void upload(BinaryHttp binary, String project, String version) {
    BinaryHttp.Response uploaded =
        binary.upload(
            project + "/repo/upload",
            new BinaryHttp.Multipart()
                .file("repo", "code.tar.gz", TarGz.of(Map.of("version.txt", version))));
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
  }

  @Test
  void anInvalidPatchIsA400WithThePlacesOfItsProblems() throws IOException {
    String project = project("invalid", true);
    String original = project + "/experiments/" + create(project, "experiments", APPENDS_STEP);

    Http.Response invalid =
        ada.post(
            original + "/restart",
            "{\"config\": {\"run\": {\"cmd\": \"x\", \"colour\": \"blue\"}, \"build\": 3}}");
    assertThat(invalid.status()).as(invalid.text()).isEqualTo(400);
    assertThat(invalid.body().get("detail").asText())
        .isEqualTo("The Polyaxonfile has 2 problem(s)");
    assertThat(invalid.body().get("errors").toString())
        .contains("config:4:5: run.colour:")
        .contains("config:6:13: build:");

    Http.Response yaml =
        ada.post(original + "/copy", "{\"content\": \"run:\\n  cmd: [1, {a: b}]\\n\"}");
    assertThat(yaml.status()).as(yaml.text()).isEqualTo(400);
    assertThat(yaml.body().get("errors").get(0).asText()).startsWith("content:2:");

    Http.Response kind = ada.post(original + "/restart", "{\"config\": {\"kind\": \"job\"}}");
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.text()).contains("job");

    Http.Response unknown = ada.post(original + "/restart", "{\"update\": true}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("detail").asText()).startsWith("Unknown field 'update'");
    Http.Response notObject = ada.post(original + "/restart", "{\"config\": \"run\"}");
    assertThat(notObject.body().get("detail").asText())
        .isEqualTo("Field 'config': expected the Polyaxonfile as a JSON object");
    assertThat(ada.get(project + "/experiments").body().get("count").asInt()).isEqualTo(1);
  }

  @Test
  void aRunThatHasNotFinishedCannotBeResumedButCanBeRestarted() throws IOException {
    String project = project("busy", true);
    long id =
        create(
            project,
            "experiments",
            "version: 1\nkind: experiment\nbuild: {image: bash}\nrun:\n  cmd: sleep 60\n");
    String busy = project + "/experiments/" + id;
    await()
        .atMost(RUN_LIMIT)
        .until(() -> ada.get(busy).body().get("last_status").asText(), "running"::equals);

    Http.Response refused = ada.post(busy + "/resume", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("detail").asText())
        .isEqualTo(
            "The experiment "
                + id
                + " is running; only a succeeded, failed or stopped experiment can be resumed,"
                + " since a resumed run writes into the same outputs. Stop it first, or restart"
                + " or copy it.");

    JsonNode restarted = clone(busy, "restart", "{\"config\": {\"run\": {\"cmd\": \"true\"}}}");
    assertThat(awaitDone(project + "/experiments/" + restarted.get("id"))).isEqualTo("succeeded");
    assertThat(ada.post(busy + "/stop", "").status()).isEqualTo(200);
    assertThat(awaitDone(busy)).isEqualTo("stopped");
    JsonNode resumed = clone(busy, "resume", "{\"config\": {\"run\": {\"cmd\": \"true\"}}}");
    assertThat(awaitDone(project + "/experiments/" + resumed.get("id"))).isEqualTo("succeeded");
  }

  @Test
  void onlyThoseWhoMayChangeTheProjectClone() throws IOException {
    String open = project("shared", true);
    String hidden = project("hidden", false);
    String openRun = open + "/experiments/" + create(open, "experiments", APPENDS_STEP);
    String hiddenRun = hidden + "/experiments/" + create(hidden, "experiments", APPENDS_STEP);
    Http bob = platform.bob();

    Http.Response forbidden = bob.post(openRun + "/restart", "");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body().get("detail").asText())
        .isEqualTo("Only the owner of ada.shared or a superuser may change it.");
    assertThat(bob.post(hiddenRun + "/copy", "").status()).isEqualTo(404);
    assertThat(platform.anonymous().post(openRun + "/resume", "").status()).isEqualTo(401);
    assertThat(ada.post(open + "/experiments/99/restart", "").status()).isEqualTo(404);
    assertThat(ada.get(open + "/experiments").body().get("count").asInt()).isEqualTo(1);

    JsonNode byRoot = platform.root().post(hiddenRun + "/restart", "").body();
    assertThat(byRoot.get("user").asText()).isEqualTo("root");
    assertThat(byRoot.get("original").asText()).isEqualTo("ada.hidden.1");
  }
}
