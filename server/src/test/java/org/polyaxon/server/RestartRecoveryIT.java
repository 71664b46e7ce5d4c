package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL while runs run: after a restart every run ends with the right status
 * and its complete log, and none was started twice. Covered: runs that end after the restart, a run
 * that ended while no server was up, and a run whose stop was asked for just before the kill.
 */
class RestartRecoveryIT {
  private static final Path ROOT = LauncherProcess.repositoryRoot();
  private static final Pattern UP = Pattern.compile("is up on http://127\\.0\\.0\\.1:(\\d+)");
  private static final Duration LIMIT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of(
        "POLYAXON_HOME", home.toString(),
        "POLYAXON_BUILD", "never",
        "POLYAXON_ADMIN_PASSWORD", "root-password");
  }

  private static int awaitUp(LauncherProcess server) {
    return await()
        .atMost(LIMIT)
        .failFast("the server exited:\n" + server.output(), () -> !server.process().isAlive())
        .until(() -> server.find(UP), found -> found.isPresent())
        .map(Integer::parseInt)
        .orElseThrow();
  }

  private static Http login(int port) {
    Http anonymous = Http.to(port);
    return anonymous.withToken(
        anonymous
            .post(
                "/api/v1/users/token", "{\"username\": \"root\", \"password\": \"root-password\"}")
            .body()
            .get("token")
            .asText());
  }

  @Test
  void runsSurviveAKilledServerAndEndCorrectlyAfterARestart() throws Exception {
    // The runs wait for a file the test creates after the restart: no timing involved.
    Path gate = home.resolve("gate");
    String succeeding =
        "version: 1\nkind: experiment\nbuild: {image: busybox}\nrun:\n  cmd: echo before;"
            + " while [ ! -e "
            + gate
            + " ]; do sleep 0.1; done; echo after\n";
    String failing =
        "version: 1\nkind: job\nbuild: {image: busybox}\nrun:\n  cmd: echo before;"
            + " while [ ! -e "
            + gate
            + " ]; do sleep 0.1; done; echo after; exit 4\n";
    // Opened while no server is up: this run ends with nobody watching.
    Path downGate = home.resolve("down-gate");
    String endingWhileDown =
        "version: 1\nkind: job\nbuild: {image: busybox}\nrun:\n  cmd: echo before;"
            + " while [ ! -e "
            + downGate
            + " ]; do sleep 0.1; done; echo after\n";
    long experiment;
    long job;
    long endedWhileDown;
    long stopped;
    try (LauncherProcess server = LauncherProcess.start(ROOT, env(), "server", "--port", "0")) {
      Http root = login(awaitUp(server));
      assertThat(root.post("/api/v1/projects", "{\"name\": \"p\"}").status()).isEqualTo(201);
      experiment =
          root.post(
                  "/api/v1/root/p/experiments",
                  JSON.writeValueAsString(Map.of("content", succeeding)))
              .body()
              .get("id")
              .asLong();
      job =
          root.post("/api/v1/root/p/jobs", JSON.writeValueAsString(Map.of("content", failing)))
              .body()
              .get("id")
              .asLong();
      endedWhileDown = create(root, "jobs", endingWhileDown);
      stopped = create(root, "experiments", succeeding);
      await().atMost(LIMIT).until(() -> status(root, "experiments", experiment).equals("running"));
      await().atMost(LIMIT).until(() -> status(root, "jobs", job).equals("running"));
      await().atMost(LIMIT).until(() -> status(root, "jobs", endedWhileDown).equals("running"));
      await().atMost(LIMIT).until(() -> status(root, "experiments", stopped).equals("running"));
      // The kill follows the stop at once: the process may or may not have been signalled yet.
      assertThat(root.post("/api/v1/root/p/experiments/" + stopped + "/stop", "{}").status())
          .isEqualTo(200);
      Path exit = home.resolve("runs").resolve(uuid(root, "jobs", endedWhileDown)).resolve("exit");
      server.signalKill();
      assertThat(server.awaitExit(LIMIT)).isEqualTo(137);
      Files.writeString(downGate, "open");
      await().atMost(LIMIT).until(() -> Files.exists(exit));
    }

    try (LauncherProcess server = LauncherProcess.start(ROOT, env(), "server", "--port", "0")) {
      Http root = login(awaitUp(server));
      assertThat(status(root, "experiments", stopped)).isEqualTo("stopped");
      Path stoppedExit =
          home.resolve("runs").resolve(uuid(root, "experiments", stopped)).resolve("exit");
      // Before the gate opens: a stop the killed server never carried out is carried out now.
      await().atMost(LIMIT).until(() -> Files.exists(stoppedExit));
      await().atMost(LIMIT).until(() -> status(root, "jobs", endedWhileDown).equals("succeeded"));
      Files.writeString(gate, "open");
      await()
          .atMost(LIMIT)
          .until(() -> status(root, "experiments", experiment).equals("succeeded"));
      await().atMost(LIMIT).until(() -> status(root, "jobs", job).equals("failed"));
      assertThat(root.get("/api/v1/root/p/jobs/" + job).body().get("status_message").asText())
          .startsWith("exit code 4");

      assertThat(logLines("experiments", experiment)).containsExactly("before", "after");
      assertThat(logLines("jobs", job)).containsExactly("before", "after");
      assertThat(logLines("jobs", endedWhileDown)).containsExactly("before", "after");
      assertThat(logLines("experiments", stopped)).containsExactly("before");
      assertThat(status(root, "experiments", stopped)).isEqualTo("stopped");
      try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
        // One directory per execution; the executor's scope file lies beside them.
        assertThat(runs.filter(Files::isDirectory).count())
            .as("one execution per run, none started twice")
            .isEqualTo(4);
      }
      server.signalTerm();
      server.awaitExit(LIMIT);
    }
  }

  private static long create(Http root, String kind, String content) throws Exception {
    Http.Response created =
        root.post("/api/v1/root/p/" + kind, JSON.writeValueAsString(Map.of("content", content)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  private static String uuid(Http root, String kind, long id) {
    return root.get("/api/v1/root/p/" + kind + "/" + id).body().get("uuid").asText();
  }

  private static String status(Http root, String kind, long id) {
    return root.get("/api/v1/root/p/" + kind + "/" + id).body().get("last_status").asText();
  }

  private List<String> logLines(String kind, long id) throws java.io.IOException {
    return Files.readAllLines(home.resolve("logs/root/p/" + kind + "/" + id + "/run.log")).stream()
        .map(line -> line.substring(line.indexOf(' ') + 1))
        .toList();
  }
}
