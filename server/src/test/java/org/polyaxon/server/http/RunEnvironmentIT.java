package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;
import org.polyaxon.testing.MutableClock;

/**
 * The environment of reference 2.5 as a run's process sees it, with {@code persistence.data}
 * configured and the Polyaxonfile's {@code environment} and {@code logging} choosing from it.
 */
class RunEnvironmentIT {
  private static final Map<String, Map<String, String>> DATA = new LinkedHashMap<>();

  static {
    DATA.put("train", Map.of("hostPath", "/srv/data/train", "mountPath", "/data/train"));
    DATA.put("imagenet", Map.of("mountPath", "/mnt/imagenet", "readOnly", "true"));
    DATA.put("cluster-only", Map.of("existingClaim", "datasets"));
  }

  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          MutableClock.at("2024-03-01T12:00:00Z"),
          config -> config.with(Options.PERSISTENCE_DATA, DATA).with(Options.LOG_LEVEL, "WARN"));

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes every POLYAXON_ variable the process sees into env.json among its outputs. */
  private static final String DUMP_ENV =
      "python3 -c \"import os, json; json.dump({k: v for k, v in os.environ.items()"
          + " if k.startswith('POLYAXON_')},"
          + " open(os.path.join(os.environ['POLYAXON_RUN_OUTPUTS_PATH'], 'env.json'), 'w'))\"";

  private static TestPlatform platform;
  private static Http ada;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    platform.createProject(platform.adaToken, "env", false);
    platform.createProject(platform.adaToken, "shared", true);
    platform.createProject(platform.bobToken, "secret", false);
    ada = platform.ada();
  }

  private static long create(Http http, String project, String kind, String yaml) {
    Http.Response created =
        http.post("/api/v1/" + project + "/" + kind, LaunchedRuns.json(Map.of("content", yaml)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  private static JsonNode finished(String project, String kind, long id) {
    new LaunchedRuns(platform).awaitStatus(project, kind, id, "succeeded", "failed");
    return platform.root().get("/api/v1/" + project + "/" + kind + "/" + id).body();
  }

  private static JsonNode environmentOf(String project, String kind, long id) throws IOException {
    JsonNode run = finished(project, kind, id);
    assertThat(run.get("last_status").asText()).as(run.toString()).isEqualTo("succeeded");
    Http.Response file =
        ada.get("/api/v1/" + project + "/" + kind + "/" + id + "/outputs/files?path=env.json");
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    return JSON.readTree(file.text());
  }

  private static String outputsOf(String project, String kind, long number) {
    return platform
        .home
        .outputs()
        .resolve(project)
        .resolve(kind)
        .resolve(Long.toString(number))
        .toString();
  }

  @Test
  void aJobSeesTheVolumesItChoseTheOutputsItReferencesItsLogLevelAndItsNames() throws IOException {
    long first =
        create(
            ada,
            "ada/env",
            "jobs",
            "version: 1\nkind: job\nbuild: {image: busybox}\nrun: {cmd: 'true'}\n");
    Http.Response named =
        ada.post(
            "/api/v1/ada/shared/experiments",
            LaunchedRuns.json(
                Map.of(
                    "name",
                    "baseline",
                    "content",
                    "version: 1\nkind: experiment\nbuild: {image: busybox}\nrun: {cmd: 'true'}\n")));
    assertThat(named.status()).as(named.text()).isEqualTo(201);
    long baseline = named.body().get("id").asLong();
    finished("ada/env", "jobs", first);
    finished("ada/shared", "experiments", baseline);

    long id =
        create(
            ada,
            "ada/env",
            "jobs",
            "version: 1\nkind: job\nbuild: {image: busybox}\nlogging: {level: debug}\n"
                + "environment:\n"
                + "  persistence: {data: [imagenet]}\n"
                + "  outputs: {jobs: ["
                + first
                + "], experiments: ['shared/baseline', 'ada/shared/baseline']}\n"
                + "run:\n  cmd: "
                + LaunchedRuns.json(DUMP_ENV)
                + "\n");
    JsonNode env = environmentOf("ada/env", "jobs", id);

    assertThat(JSON.readTree(env.get("POLYAXON_RUN_DATA_PATHS").asText()))
        .isEqualTo(JSON.valueToTree(Map.of("imagenet", "/mnt/imagenet")));
    String baselineOutputs = outputsOf("ada/shared", "experiments", baseline);
    assertThat(JSON.readTree(env.get("POLYAXON_REFS_OUTPUTS_PATHS").asText()))
        .isEqualTo(
            JSON.valueToTree(
                Map.of(
                    "jobs", List.of(outputsOf("ada/env", "jobs", first)),
                    "experiments", List.of(baselineOutputs, baselineOutputs))));
    assertThat(env.get("POLYAXON_LOG_LEVEL").asText()).isEqualTo("DEBUG");
    JsonNode info = JSON.readTree(env.get("POLYAXON_JOB_INFO").asText());
    assertThat(info.get("job_name").asText()).isEqualTo("ada.env.jobs." + id);
    assertThat(info.get("project_name").asText()).isEqualTo("ada.env");
    assertThat(env.get("POLYAXON_LOGS_PATH").asText())
        .isEqualTo(
            platform.home.logs().resolve("ada/env/jobs/" + id).resolve("run.log").toString());
    assertThat(env.get("POLYAXON_API_WS_HOST").asText())
        .isEqualTo("ws://127.0.0.1:" + platform.platform.port());
    assertThat(env.has("POLYAXON_EXPERIMENT_INFO")).isFalse();
  }

  @Test
  void anExperimentThatChoosesNoVolumeSeesEveryOneThisMachineCanReadAndThePlatformsLogLevel()
      throws IOException {
    long id =
        create(
            ada,
            "ada/env",
            "experiments",
            "version: 1\nkind: experiment\nbuild: {image: busybox}\nrun:\n  cmd: "
                + LaunchedRuns.json(DUMP_ENV)
                + "\n");
    JsonNode env = environmentOf("ada/env", "experiments", id);

    assertThat(JSON.readTree(env.get("POLYAXON_RUN_DATA_PATHS").asText()))
        .isEqualTo(
            JSON.valueToTree(Map.of("train", "/srv/data/train", "imagenet", "/mnt/imagenet")));
    assertThat(env.has("POLYAXON_REFS_OUTPUTS_PATHS")).isFalse();
    assertThat(env.get("POLYAXON_LOG_LEVEL").asText()).isEqualTo("WARN");
    JsonNode info = JSON.readTree(env.get("POLYAXON_EXPERIMENT_INFO").asText());
    assertThat(info.get("experiment_name").asText()).isEqualTo("ada.env." + id);
    assertThat(info.get("task_type").asText()).isEqualTo("master");
    assertThat(JSON.readTree(env.get("POLYAXON_TASK_INFO").asText()))
        .isEqualTo(JSON.valueToTree(Map.of("type", "master", "index", 0)));
  }

  @Test
  void aRunWhoseVolumesOrReferencesCannotBeResolvedFailsSayingWhich() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put(
        "persistence: {data: [nope]}",
        "Volume with name `nope` was defined in specification, but was not found;"
            + " persistence.data has: train, imagenet, cluster-only");
    cases.put(
        "persistence: {data: [cluster-only]}",
        "Data volume `cluster-only` has only an existingClaim");
    cases.put(
        "outputs: {jobs: [999]}", "environment.outputs.jobs: job `999` was not found in ada.env");
    cases.put(
        "outputs: {experiments: ['bob/secret/x']}",
        "environment.outputs.experiments: experiment `bob/secret/x`: there is no project"
            + " bob.secret");
    cases.put(
        "outputs: {experiments: ['a/b/c/d']}",
        "environment.outputs.experiments: experiment `a/b/c/d` is not a name, project/name or"
            + " user/project/name");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      long id =
          create(
              ada,
              "ada/env",
              "jobs",
              "version: 1\nkind: job\nbuild: {image: busybox}\nenvironment: {"
                  + c.getKey()
                  + "}\nrun: {cmd: 'true'}\n");
      JsonNode run = finished("ada/env", "jobs", id);
      assertThat(run.get("last_status").asText()).as(c.getKey()).isEqualTo("failed");
      assertThat(run.get("status_message").asText()).as(c.getKey()).startsWith(c.getValue());
    }
  }
}
