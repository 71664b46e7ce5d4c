package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;

/**
 * The token each launched run gets: where the process finds it, what it may do with it (its own
 * run, nothing else), and that it dies with the run.
 */
class RunTokenApiIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static final String LONG =
      "echo \"$POLYAXON_AUTH_TOKEN\" > \"$POLYAXON_RUN_OUTPUTS_PATH/env-token\"; sleep 120";
  private static TestPlatform platform;
  private static LaunchedRuns runs;
  private static Http run;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    runs = new LaunchedRuns(platform);
    platform.createProject(platform.adaToken, "mnist", true);
    platform.createProject(platform.adaToken, "other", true);
    Http ada = platform.ada();
    runs.create(ada, "ada/mnist", "experiments", LONG); // 1: the run whose token is used
    runs.create(ada, "ada/mnist", "experiments", LONG); // 2: a neighbour
    runs.create(ada, "ada/mnist", "experiments", LONG); // 3: stopped to expire its token
    runs.create(ada, "ada/mnist", "jobs", LONG); // job 1
    runs.create(ada, "ada/other", "experiments", LONG); // other project, experiment 1
    for (long id = 2; id <= 3; id++) {
      runs.token("ada/mnist", "experiments", id);
    }
    runs.token("ada/mnist", "jobs", 1);
    runs.token("ada/other", "experiments", 1);
    run = platform.json(runs.token("ada/mnist", "experiments", 1));
  }

  @AfterAll
  static void stop() {
    for (long id = 1; id <= 3; id++) {
      runs.stop("ada/mnist", "experiments", id);
    }
    runs.stop("ada/mnist", "jobs", 1);
    runs.stop("ada/other", "experiments", 1);
  }

  @Test
  void theRunFindsItsTokenInItsEnvironmentAndAPrivateFile() throws IOException {
    Path context = runs.context("ada/mnist", "experiments", 1);
    String token = Files.readString(context.resolve(".authtoken"));
    Path fromEnv = PLATFORM.home().resolve("outputs/ada/mnist/experiments/1/env-token");
    await().atMost(LaunchedRuns.LIMIT).until(() -> Files.exists(fromEnv));

    assertThat(token).startsWith("run_").hasSize(44);
    assertThat(Files.readString(fromEnv)).isEqualTo(token + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(context)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(context.resolve(".authtoken"))))
        .isEqualTo("rw-------");
    List<String> stored =
        Jdbi.create(PLATFORM.dataSource())
            .withHandle(
                h -> h.createQuery("SELECT token_hash FROM run_tokens").mapTo(String.class).list());
    assertThat(stored)
        .hasSize(5)
        .doesNotContain(token)
        .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
  }

  @Test
  void aRunReadsAndTracksItsOwnRun() {
    Http.Response detail = run.get("/api/v1/ada/mnist/experiments/1");
    assertThat(detail.status()).as(detail.text()).isEqualTo(200);
    assertThat(detail.body().get("unique_name").asText()).isEqualTo("ada.mnist.1");
    assertThat(run.get("/api/v1/ada/mnist/experiments/1/statuses").status()).isEqualTo(200);

    Http.Response metric =
        run.post("/api/v1/ada/mnist/experiments/1/metrics", "{\"values\": {\"loss\": 0.5}}");
    assertThat(metric.status()).as(metric.text()).isEqualTo(201);
    assertThat(run.post("/api/v1/ada/mnist/experiments/1/_heartbeat", "").status()).isEqualTo(204);
    assertThat(run.post("/api/v1/ada/mnist/experiments/1/logs", "[\"from the run\"]").status())
        .isEqualTo(204);
    Http.Response coderef =
        run.post(
            "/api/v1/ada/mnist/experiments/1/coderef",
            "{\"commit\": \"" + "c".repeat(40) + "\", \"is_dirty\": false}");
    assertThat(coderef.status()).as(coderef.text()).isEqualTo(201);
    assertThat(run.get("/api/v1/ada/mnist/experiments/1/coderef").body().get("commit").asText())
        .isEqualTo("c".repeat(40));

    Http.Response after = run.get("/api/v1/ada/mnist/experiments/1");
    assertThat(after.body().get("last_metric").get("loss").asDouble()).isEqualTo(0.5);
    assertThat(after.body().get("heartbeat_at").asText()).isEqualTo("2024-03-01T12:00:00Z");
    assertThat(run.get("/api/v1/ada/mnist/experiments/1/logs").text())
        .contains("2024-03-01T12:00:00.000Z from the run\n");
  }

  @Test
  void anyOtherRunOrProjectIsForbiddenEvenIfItDoesNotExist() {
    String[][] others = {
      {"GET", "/api/v1/ada/mnist/experiments/2", "experiment ada.mnist.2"},
      {"POST", "/api/v1/ada/mnist/experiments/2/metrics", "experiment ada.mnist.2"},
      {"POST", "/api/v1/ada/mnist/experiments/2/_heartbeat", "experiment ada.mnist.2"},
      {"POST", "/api/v1/ada/mnist/experiments/2/statuses", "experiment ada.mnist.2"},
      {"POST", "/api/v1/ada/mnist/experiments/2/logs", "experiment ada.mnist.2"},
      {"POST", "/api/v1/ada/mnist/experiments/2/coderef", "experiment ada.mnist.2"},
      {"GET", "/api/v1/ada/mnist/experiments/2/logs", "experiment ada.mnist.2"},
      {"GET", "/api/v1/ada/mnist/experiments/2/outputs/tree", "experiment ada.mnist.2"},
      {"GET", "/api/v1/ada/mnist/experiments/99", "experiment ada.mnist.99"},
      {"GET", "/api/v1/ada/mnist/jobs/1", "job ada.mnist.1"},
      {"POST", "/api/v1/ada/mnist/jobs/1/_heartbeat", "job ada.mnist.1"},
      {"GET", "/api/v1/ada/other/experiments/1", "experiment ada.other.1"},
      {"POST", "/api/v1/ada/other/experiments/1/metrics", "experiment ada.other.1"},
      {"GET", "/api/v1/bob/mnist/experiments/1", "experiment bob.mnist.1"},
    };
    for (String[] other : others) {
      Http.Response answer =
          run.send(other[0], other[1], "{\"values\": {\"loss\": 1}}", "application/json");
      assertThat(answer.status())
          .as(other[0] + " " + other[1] + ": " + answer.text())
          .isEqualTo(403);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body().get("detail").asText())
          .isEqualTo(
              "This run token belongs to experiment ada.mnist.1 and may only be used for that"
                  + " run, not for "
                  + other[2]);
    }
    assertThat(
            platform
                .root()
                .get("/api/v1/ada/mnist/experiments/2/metrics")
                .body()
                .get("count")
                .asInt())
        .isZero();
  }

  @Test
  void userRoutesAndChangesOfTheRunItselfAreForbidden() {
    String[][] routes = {
      {"GET", "/api/v1/users"},
      {"POST", "/api/v1/users"},
      {"POST", "/api/v1/projects"},
      {"GET", "/api/v1/ada"},
      {"GET", "/api/v1/ada/mnist"},
      {"DELETE", "/api/v1/ada/mnist"},
      {"GET", "/api/v1/ada/mnist/experiments"},
      {"POST", "/api/v1/ada/mnist/experiments"},
      {"POST", "/api/v1/ada/mnist/experiments/1/stop"},
      {"POST", "/api/v1/ada/mnist/experiments/1/archive"},
      {"POST", "/api/v1/ada/mnist/experiments/stop"},
      {"DELETE", "/api/v1/ada/mnist/experiments/delete"},
      {"PATCH", "/api/v1/ada/mnist/experiments/1"},
      {"DELETE", "/api/v1/ada/mnist/experiments/1"},
      {"POST", "/api/v1/ada/mnist/repo/upload"},
      {"POST", "/api/v1/superusers/grant/ada"},
    };
    for (String[] route : routes) {
      Http.Response answer = run.send(route[0], route[1], "{}", "application/json");
      assertThat(answer.status())
          .as(route[0] + " " + route[1] + ": " + answer.text())
          .isEqualTo(403);
      assertThat(answer.body().get("detail").asText())
          .startsWith("This run token belongs to experiment ada.mnist.1; it may only post")
          .endsWith("not " + route[0] + " " + route[1]);
    }
    assertThat(runs.detail("ada/mnist", "experiments", 1).get("last_status").asText())
        .isIn("scheduled", "running");
  }

  @Test
  void unknownTokensAreUnauthenticated() {
    Http.Response answer =
        platform.json("run_" + "0".repeat(40)).get("/api/v1/ada/mnist/experiments/1");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("detail").asText()).isEqualTo("Invalid token.");
  }

  @Test
  void aTokenExpiresWhenItsRunFinishes() {
    Http expiring = platform.json(runs.token("ada/mnist", "experiments", 3));
    assertThat(expiring.get("/api/v1/ada/mnist/experiments/3").status()).isEqualTo(200);

    runs.stop("ada/mnist", "experiments", 3);
    Http.Response answer =
        expiring.post("/api/v1/ada/mnist/experiments/3/metrics", "{\"values\": {\"loss\": 1}}");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("detail").asText())
        .isEqualTo(
            "Run token expired: experiment ada.mnist.3 is stopped, and a run's token is valid"
                + " only until the run finishes.");
    assertThat(
            platform
                .root()
                .get("/api/v1/ada/mnist/experiments/3/metrics")
                .body()
                .get("count")
                .asInt())
        .isZero();
  }
}
