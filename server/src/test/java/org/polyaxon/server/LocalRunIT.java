package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import org.polyaxon.testing.FreshDatabase;

/** Experiments and jobs run end to end: HTTP, scheduler, local processes, logs and outputs. */
class LocalRunIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RUN_LIMIT = Duration.ofSeconds(60);
  @TempDir static Path home;
  private static Platform platform;
  private static Http ada;

  @BeforeAll
  static void start() {
    PlatformConfig config =
        PlatformConfig.defaults()
            .with(Options.DATABASE_HOST, "127.0.0.1")
            .with(Options.DATABASE_PORT, DB.port())
            .with(Options.DATABASE_NAME, DB.databaseName())
            .with(Options.DATABASE_USER, "postgres")
            .with(Options.USER_USERNAME, "ada")
            .with(Options.USER_PASSWORD, "ada-password");
    platform =
        Platform.start(
            new ServerSettings("127.0.0.1", 0, ServerRole.ALL, new PolyaxonHome(home), config),
            Clock.systemUTC());
    Http anonymous = Http.to(platform.port());
    String token =
        anonymous
            .post("/api/v1/users/token", "{\"username\": \"ada\", \"password\": \"ada-password\"}")
            .body()
            .get("token")
            .asText();
    ada = anonymous.withToken(token);
    assertThat(ada.post("/api/v1/projects", "{\"name\": \"mnist\"}").status()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static long create(String kind, String yaml) throws IOException {
    Http.Response created =
        ada.post("/api/v1/ada/mnist/" + kind, JSON.writeValueAsString(Map.of("content", yaml)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  private static String awaitStatus(String kind, long id, String... finalStatuses) {
    List<String> wanted = List.of(finalStatuses);
    return await()
        .atMost(RUN_LIMIT)
        .until(
            () ->
                ada.get("/api/v1/ada/mnist/" + kind + "/" + id).body().get("last_status").asText(),
            wanted::contains);
  }

  @Test
  void anExperimentRunsItsTemplatedCommandWritesOutputsAndLogsAndSucceeds() throws IOException {
    String yaml =
        """
        version: 1
        kind: experiment
        declarations: {lr: 0.5, steps: 3}
        build: {image: python:3.11}
        run:
          cmd: >-
            python3 -c "import os, json;
            print('lr', {{ lr }});
            [print('step', i) for i in range({{ steps }})];
            open(os.path.join(os.environ['POLYAXON_RUN_OUTPUTS_PATH'], 'model.txt'), 'w').write('w');
            print(json.loads(os.environ['POLYAXON_DECLARATIONS'])['steps'])"
        """;

    long id = create("experiments", yaml);

    assertThat(awaitStatus("experiments", id, "succeeded", "failed")).isEqualTo("succeeded");
    assertThat(home.resolve("outputs/ada/mnist/experiments/" + id + "/model.txt")).hasContent("w");
    List<String> log =
        Files.readAllLines(home.resolve("logs/ada/mnist/experiments/" + id + "/run.log"));
    assertThat(log).hasSize(5);
    assertThat(log.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z lr 0\\.5");
    assertThat(log.get(3)).endsWith(" step 2");
    assertThat(log.get(4)).endsWith(" 3");
    Http.Response logs = ada.get("/api/v1/ada/mnist/experiments/" + id + "/logs");
    assertThat(logs.contentType()).startsWith("text/plain");
    assertThat(logs.text().lines().toList()).isEqualTo(log);
    assertThat(
            ada.get("/api/v1/ada/mnist/experiments/" + id + "/outputs/tree")
                .body()
                .get("files")
                .get(0)
                .get("name")
                .asText())
        .isEqualTo("model.txt");
    assertThat(
            ada.get("/api/v1/ada/mnist/experiments/" + id + "/statuses")
                .body()
                .get("results")
                .findValuesAsText("status"))
        // A short run may finish between two scheduler passes, so "running" may not be seen.
        .containsSubsequence("created", "scheduled", "succeeded")
        .endsWith("succeeded");
  }

  @Test
  void aFailingJobFailsWithItsExitCode() throws IOException {
    long id =
        create(
            "jobs",
            "version: 1\nkind: job\nbuild: {image: busybox}\nrun:\n  cmd: echo oops >&2; exit 3\n");

    assertThat(awaitStatus("jobs", id, "succeeded", "failed")).isEqualTo("failed");
    assertThat(ada.get("/api/v1/ada/mnist/jobs/" + id).body().get("status_message").asText())
        .isEqualTo(
            "exit code 3; image busybox recorded; the local executor runs the command on this"
                + " machine");
    assertThat(Files.readString(home.resolve("logs/ada/mnist/jobs/" + id + "/run.log")))
        .contains(" oops");
  }

  @Test
  void stoppingARunningExperimentEndsItsProcess() throws IOException {
    long id =
        create(
            "experiments",
            "version: 1\nkind: experiment\nbuild: {image: busybox}\nrun:\n  cmd: echo started; sleep 600\n");
    awaitStatus("experiments", id, "running");

    assertThat(ada.post("/api/v1/ada/mnist/experiments/" + id + "/stop", null).status())
        .isEqualTo(200);

    Path runs = home.resolve("runs");
    String uuid = ada.get("/api/v1/ada/mnist/experiments/" + id).body().get("uuid").asText();
    await().atMost(RUN_LIMIT).until(() -> Files.exists(runs.resolve(uuid).resolve("exit")));
    assertThat(ada.get("/api/v1/ada/mnist/experiments/" + id).body().get("last_status").asText())
        .isEqualTo("stopped");
  }
}
