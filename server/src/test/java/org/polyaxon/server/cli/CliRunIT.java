package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.Http;
import org.polyaxon.server.cli.CliRunner.Result;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;

/**
 * Runs from the CLI end to end: {@code polyaxon run -f} starts a real process, and the experiment
 * and job commands read its statuses, logs, metrics and outputs, stop and delete it.
 */
class CliRunIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(Clock.systemUTC(), config -> config);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RUN_LIMIT = Duration.ofSeconds(60);
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ";
  @TempDir static Path cliHome;
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    CliRunner.against(platform.platform.port(), cliHome, cliHome).loggedIn(platform.adaToken);
  }

  /** A directory bound to a new project of ada's. */
  private static CliRunner project(Path dir, String name) {
    return CliRunner.against(platform.platform.port(), cliHome, dir).boundToNewProject(name);
  }

  private static String awaitStatus(CliRunner cli, String kind, String... finals) {
    List<String> wanted = List.of(finals);
    return await()
        .atMost(RUN_LIMIT)
        .until(
            () -> JSON.readTree(cli.run(kind, "get", "--json").out()).get("last_status").asText(),
            wanted::contains);
  }

  /** Waits until the run's archived log is {@code log}, stamps left out. */
  private static void awaitLog(CliRunner cli, String kind, String log) {
    await()
        .atMost(RUN_LIMIT)
        .until(() -> cli.run(kind, "logs", "--past", "--hide_time").out(), log::equals);
  }

  @Test
  void anExperimentRunsToSuccessAndItsLogStatusesMetricsAndOutputsAreShown(@TempDir Path dir)
      throws IOException {
    CliRunner cli = project(dir, "mnist");
    Files.writeString(
        dir.resolve("polyaxonfile.yml"),
        """
        version: 1
        kind: experiment
        declarations: {lr: 0.5}
        build: {image: python:3.11}
        run:
          cmd: >-
            echo training with lr={{ lr }} &&
            echo second line &&
            echo weights > "$POLYAXON_RUN_OUTPUTS_PATH/model.txt" &&
            mkdir "$POLYAXON_RUN_OUTPUTS_PATH/ckpt" &&
            echo w1 > "$POLYAXON_RUN_OUTPUTS_PATH/ckpt/epoch1.bin"
        """);
    Files.writeString(dir.resolve("override.yml"), "declarations: {lr: 0.25}\n");

    Result run =
        cli.run(
            "run",
            "-f",
            "polyaxonfile.yml",
            "-f",
            "override.yml",
            "--name",
            "first",
            "--tags",
            "a,b");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("Experiment 1 created (ada.mnist.1).\n");
    assertThat(JSON.readTree(dir.resolve(".polyaxon/.polyaxonxp").toFile()).get("id").asInt())
        .isEqualTo(1);

    // No -xp: the experiment just created from this directory.
    assertThat(awaitStatus(cli, "experiment", "succeeded", "failed")).isEqualTo("succeeded");
    Result get = cli.run("experiment", "get");
    assertThat(get.out())
        .contains(
            "unique_name     ada.mnist.1",
            "name            first",
            "tags            a,b",
            "declarations    lr=0.25");

    Result past = cli.run("experiment", "logs", "--past");
    assertThat(past.exit()).as(past.toString()).isZero();
    assertThat(past.out().lines().toList()).hasSize(2);
    assertThat(past.out().lines().toList().get(0)).matches(TIMESTAMP + "training with lr=0.25");
    assertThat(cli.run("experiment", "-xp", "1", "logs", "-p", "--hide_time").out())
        .isEqualTo("training with lr=0.25\nsecond line\n");

    Result statuses = cli.run("experiment", "statuses");
    assertThat(statuses.out().lines().toList().get(0)).matches("CREATED +STATUS +MESSAGE");
    assertThat(statuses.out()).contains("created", "scheduled", "succeeded");

    Http ada = platform.ada();
    assertThat(
            ada.post(
                    "/api/v1/ada/mnist/experiments/1/metrics",
                    "[{\"values\": {\"loss\": 0.5, \"accuracy\": 0.8},"
                        + " \"created_at\": \"2024-03-01T12:00:00Z\"},"
                        + " {\"values\": {\"loss\": 0.25}, \"created_at\": \"2024-03-01T12:01:00Z\"}]")
                .status())
        .isEqualTo(201);
    Result metrics = cli.run("experiment", "metrics");
    assertThat(metrics.out().lines().toList().get(0)).matches("CREATED +accuracy +loss");
    assertThat(metrics.out()).contains("0.25").contains("Page 1: 2 of 2 metrics.");
    pagesOfStatusesAndMetrics(cli, ada);
    outputsAreDownloadedListedAndFetched(cli, dir);

    assertThat(cli.run("experiment", "update", "--name", "renamed").exit()).isZero();
    Result described =
        cli.run("experiment", "update", "--description", "Digits, again", "--tags", "c,d");
    assertThat(described.out()).isEqualTo("Experiment 1 of ada/mnist updated.\n");
    JsonNode updated = JSON.readTree(cli.run("experiment", "get", "--json").out());
    assertThat(updated.get("description").asText()).isEqualTo("Digits, again");
    assertThat(updated.get("tags")).containsExactly(JSON.valueToTree("c"), JSON.valueToTree("d"));
    Result list = cli.run("experiment", "list");
    assertThat(list.out().lines().toList().get(1)).startsWith("1   renamed  succeeded  ada");
    assertThat(cli.run("project", "experiments", "-q", "status:succeeded").out())
        .contains("renamed");
    // -q and -s go to the server as query and sort.
    assertThat(cli.run("experiment", "list", "-q", "status:failed").out())
        .isEqualTo("No experiments.\n");
    Result badQuery = cli.run("experiment", "list", "-q", "colour:red");
    assertThat(badQuery.exit()).isEqualTo(1);
    assertThat(badQuery.err()).startsWith("polyaxon: ").contains("colour");
    assertThat(cli.run("experiment", "list", "-s", "-created_at").exit()).isZero();
    assertThat(cli.run("experiment", "jobs").exit()).isEqualTo(1);
    experimentsWithTheirDeclarationsAndMetrics(cli);
  }

  /** 22 metrics: --page 2 asks the server for the second page of 20. */
  private static void pagesOfStatusesAndMetrics(CliRunner cli, Http ada) {
    StringBuilder more = new StringBuilder("[");
    for (int i = 0; i < 20; i++) {
      more.append(i == 0 ? "" : ",").append("{\"values\": {\"loss\": 0.1}}");
    }
    assertThat(ada.post("/api/v1/ada/mnist/experiments/1/metrics", more + "]").status())
        .isEqualTo(201);
    assertThat(cli.run("experiment", "metrics").out())
        .endsWith("Page 1: 20 of 22 metrics; next: --page 2.\n");
    Result second = cli.run("experiment", "metrics", "--page", "2");
    assertThat(second.out().lines()).hasSize(4).last().isEqualTo("Page 2: 2 of 22 metrics.");
    assertThat(cli.run("experiment", "statuses", "--page", "2").out()).isEqualTo("No statuses.\n");
    assertThat(cli.run("experiment", "statuses", "--page", "1").out())
        .contains("succeeded")
        .containsPattern("Page 1: \\d of \\d statuses.");
  }

  private static void outputsAreDownloadedListedAndFetched(CliRunner cli, Path dir) {
    Result outputs = cli.run("experiment", "outputs", "-d", "downloaded");
    assertThat(outputs.exit()).as(outputs.toString()).isZero();
    assertThat(dir.resolve("downloaded/model.txt")).hasContent("weights");
    Result here = cli.run("experiment", "outputs");
    assertThat(here.out())
        .isEqualTo(
            "2 output file(s) of experiment 1 of ada/mnist written to "
                + dir.resolve("mnist-experiment-1-outputs")
                + "\n");
    assertThat(dir.resolve("mnist-experiment-1-outputs/ckpt/epoch1.bin")).hasContent("w1");

    assertThat(cli.run("experiment", "outputs", "--list").out())
        .isEqualTo("NAME       SIZE\nckpt/\nmodel.txt  8\n");
    assertThat(cli.run("experiment", "-xp", "1", "outputs", "-l", "ckpt").out())
        .isEqualTo("NAME        SIZE\nepoch1.bin  3\n");
    Result json = cli.run("experiment", "outputs", "--list", "--json");
    assertThat(json.out()).contains("\"dirs\" : [ \"ckpt\" ]");
    Result noDir = cli.run("experiment", "outputs", "--list", "nothing");
    assertThat(noDir.exit()).isEqualTo(1);
    assertThat(noDir.err()).isEqualTo("polyaxon: No directory 'nothing' in the outputs\n");

    Result file = cli.run("experiment", "outputs", "--file", "ckpt/epoch1.bin", "-d", "one");
    assertThat(file.out())
        .isEqualTo(
            "Output ckpt/epoch1.bin of experiment 1 of ada/mnist written to "
                + dir.resolve("one/epoch1.bin")
                + "\n");
    assertThat(dir.resolve("one/epoch1.bin")).hasContent("w1");
    assertThat(cli.run("experiment", "outputs", "--file", "model.txt").exit()).isZero();
    assertThat(dir.resolve("model.txt")).hasContent("weights");
    assertThat(cli.run("experiment", "outputs", "--file", "missing.txt").exit()).isEqualTo(1);
    Result both = cli.run("experiment", "outputs", "--list", "--file", "model.txt");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("(see 'polyaxon experiment outputs --help')");
  }

  /** {@code project experiments -d -m -i}: the server's summaries, a column per name. */
  private static void experimentsWithTheirDeclarationsAndMetrics(CliRunner cli) {
    assertThat(cli.run("project", "experiments", "-d").out().lines())
        .containsExactly(
            "ID  UNIQUE_NAME  lr", "1   ada.mnist.1  0.25", "Page 1: 1 of 1 experiments.");
    assertThat(cli.run("project", "experiments", "--metrics").out().lines().toList().get(0))
        .matches("ID  UNIQUE_NAME  (accuracy  loss|loss  accuracy)");
    List<String> both = cli.run("project", "experiments", "-m", "-d").out().lines().toList();
    assertThat(both.get(0)).matches("ID  UNIQUE_NAME  lr +(accuracy +loss|loss +accuracy)");
    assertThat(both.get(1)).startsWith("1   ada.mnist.1  0.25").contains("0.8");
    JsonNode summary = json(cli.run("project", "experiments", "-d", "--json"));
    assertThat(summary.get("results").get(0).has("name")).isFalse(); // only the summary fields
    assertThat(cli.run("project", "experiments", "-i").out()).contains("renamed");
    Result group = cli.run("project", "experiments", "-g", "1");
    assertThat(group.exit()).isEqualTo(1);
    assertThat(group.err()).contains("Experiment groups are not supported by this server yet");
  }

  private static JsonNode json(Result result) {
    assertThat(result.exit()).as(result.toString()).isZero();
    try {
      return JSON.readTree(result.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aJobsLifecycle(@TempDir Path dir) throws IOException {
    CliRunner cli = project(dir, "jobs");
    Files.writeString(
        dir.resolve("job.yml"),
        """
        version: 1
        kind: job
        build: {image: busybox}
        run:
          cmd: echo done > "$POLYAXON_RUN_OUTPUTS_PATH/job.txt"; echo started; sleep 120
        """);
    Result run = cli.run("run", "-f", "job.yml", "-u");
    assertThat(run.out()).startsWith("Job 1 created (ada.jobs.jobs.1).\n");
    // -u uploaded the code first.
    assertThat(JSON.readTree(cli.run("project", "get", "--json").out()).get("has_code").asBoolean())
        .isTrue();
    awaitStatus(cli, "job", "running");
    awaitLog(cli, "job", "started\n");
    assertThat(cli.run("job", "list").out().lines().toList().get(1)).matches("1 +running +ada .*");
    Result update =
        cli.run("job", "update", "--name", "trainer", "--description", "Trains", "--tags", "gpu");
    assertThat(update.out()).isEqualTo("Job 1 of ada/jobs updated.\n");
    assertThat(cli.run("job", "get").out())
        .contains("name            trainer", "description     Trains", "tags            gpu");

    assertThat(cli.run("job", "stop").exit()).isEqualTo(1); // asks for --yes without a terminal
    Result stop = cli.run("job", "-j", "1", "stop", "-y");
    assertThat(stop.exit()).as(stop.toString()).isZero();
    assertThat(awaitStatus(cli, "job", "stopped")).isEqualTo("stopped");
    assertThat(cli.run("job", "statuses").out()).contains("running", "stopped");
    assertThat(cli.run("project", "jobs").out()).contains("stopped");
    // Following a job that has ended prints its log and says how it ended.
    Result logs = cli.run("job", "logs", "--hide_time");
    assertThat(logs.out()).isEqualTo("started\n");
    assertThat(logs.err()).isEqualTo("Job 1 of ada/jobs ended: stopped.\n");

    assertThat(cli.run("job", "outputs").exit()).isZero();
    assertThat(dir.resolve("jobs-job-1-outputs/job.txt")).hasContent("done");
    assertThat(cli.run("job", "outputs", "--list").out()).isEqualTo("NAME     SIZE\njob.txt  5\n");
    assertThat(cli.run("job", "outputs", "--file", "job.txt", "-d", "one").exit()).isZero();
    assertThat(dir.resolve("one/job.txt")).hasContent("done");

    Files.writeString(dir.resolve("quick.yml"), "run:\n  cmd: echo again\n");
    assertThat(cli.run("job", "restart", "-f", "quick.yml").out())
        .isEqualTo("Job 1 restarted as job 2 (ada.jobs.jobs.2).\n");
    assertThat(awaitStatus(cli, "job", "succeeded", "failed")).isEqualTo("succeeded");
    assertThat(cli.run("job", "logs", "--past", "--hide_time").out()).isEqualTo("again\n");
    assertThat(cli.run("job", "-j", "1", "resume", "-f", "quick.yml").out())
        .isEqualTo("Job 1 resumed as job 3 (ada.jobs.jobs.3).\n");
    assertThat(awaitStatus(cli, "job", "succeeded", "failed")).isEqualTo("succeeded");

    assertThat(cli.run("job", "-j", "1", "delete", "--yes").out())
        .isEqualTo("Job 1 of ada/jobs deleted.\n");
    Result gone = cli.run("job", "-j", "1", "get");
    assertThat(gone.exit()).isEqualTo(1);
    assertThat(gone.err()).isEqualTo("polyaxon: There is no job 1 in ada.jobs\n");
  }

  @Test
  void anExperimentIsStoppedThenDeleted(@TempDir Path dir) throws IOException {
    CliRunner cli = project(dir, "stopping");
    cli.writeExperiment("echo up; sleep 120");
    assertThat(cli.run("run").exit()).isZero();
    awaitStatus(cli, "experiment", "running");
    awaitLog(cli, "experiment", "up\n");
    Result running = cli.run("experiment", "delete", "-y");
    assertThat(running.exit()).isEqualTo(1);
    assertThat(running.err()).contains("stop it first");

    Result stop = cli.run("experiment", "stop", "--yes");
    assertThat(stop.exit()).as(stop.toString()).isZero();
    assertThat(stop.out()).isEqualTo("Experiment 1 (ada.stopping.1) is stopped.\n");
    awaitStatus(cli, "experiment", "stopped");
    Result logs = cli.run("experiment", "logs", "--hide_time");
    assertThat(logs.out()).isEqualTo("up\n");
    assertThat(logs.err()).isEqualTo("Experiment 1 of ada/stopping ended: stopped.\n");

    assertThat(cli.run("experiment", "delete", "-y").out())
        .isEqualTo("Experiment 1 of ada/stopping deleted.\n");
    assertThat(cli.run("experiment", "get").exit()).isEqualTo(1);
    assertThat(cli.run("project", "experiments").out()).isEqualTo("No experiments.\n");
  }

  @Test
  void badPolyaxonfilesAndKindsWithoutServerSupportAreUserErrors(@TempDir Path dir)
      throws IOException {
    CliRunner cli = project(dir, "bad");
    Files.writeString(dir.resolve("bad.yml"), "version: 1\nkind: experiment\nrun:\n  colour: x\n");
    Result bad = cli.run("run", "-f", "bad.yml");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err())
        .startsWith("polyaxon: The Polyaxonfile has ")
        .contains("bad.yml:4:3: run.colour");

    Files.writeString(
        dir.resolve("group.yml"),
        """
        version: 1
        kind: group
        build: {image: python:3.11}
        hptuning:
          matrix:
            lr: {values: [0.1, 0.2]}
        run:
          cmd: echo {{ lr }}
        """);
    Result group = cli.run("run", "-f", "group.yml");
    assertThat(group.exit()).as(group.toString()).isEqualTo(1);
    assertThat(group.err()).contains("not supported by this server yet");
    assertThat(cli.run("run", "-f", "missing.yml").err()).contains("No such Polyaxonfile");
    Result noRun = cli.run("experiment", "get");
    assertThat(noRun.exit()).isEqualTo(1);
    assertThat(noRun.err()).contains("pass -xp ID");
  }

  @Test
  void logsFollowStreamsUntilTheRunEnds(@TempDir Path dir, @TempDir Path elsewhere)
      throws IOException {
    CliRunner cli = project(dir, "follow");
    cli.writeExperiment("for i in 1 2 3; do echo \"step $i\"; sleep 0.3; done");
    Result run = cli.run("run", "-l", "--name", "followed");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Experiment 1 created (ada.follow.1).\n");
    assertThat(run.out()).containsPattern(TIMESTAMP + "step 1\n").contains("step 2", "step 3");
    assertThat(run.err()).endsWith("Experiment 1 of ada/follow ended: succeeded.\n");
    // The stream starts with the run's status as it was when it was joined.
    assertThat(run.out()).containsPattern("status: (created|scheduled|running)\n");

    // Following is the default.
    Result again = cli.run("experiment", "logs", "--hide_time");
    assertThat(again.out()).contains("step 1\nstep 2\nstep 3\n");
    assertThat(cli.run("experiment", "logs", "--follow", "--hide_time").out())
        .isEqualTo(again.out());
    // --past --follow: the archived log, then the live one from where it stopped, nothing twice.
    Result pastThenLive = cli.run("experiment", "logs", "--past", "--follow", "--hide_time");
    assertThat(pastThenLive.exit()).as(pastThenLive.toString()).isZero();
    assertThat(pastThenLive.out()).isEqualTo("step 1\nstep 2\nstep 3\n");
    assertThat(pastThenLive.err()).isEqualTo("Experiment 1 of ada/follow ended: succeeded.\n");

    // -p from a directory bound to nothing; with --json stdout is the run's JSON alone.
    CliRunner unbound = cli.in(elsewhere);
    Result scripted =
        unbound.run(
            "run",
            "-p",
            "ada/follow",
            "-f",
            dir.resolve("polyaxonfile.yml").toString(),
            "--description",
            "watched",
            "--ttl",
            "60",
            "-l",
            "--json");
    assertThat(scripted.exit()).as(scripted.toString()).isZero();
    JsonNode created = JSON.readTree(scripted.out());
    assertThat(created.get("id").asInt()).isEqualTo(2);
    assertThat(created.get("description").asText()).isEqualTo("watched");
    assertThat(scripted.err())
        .containsPattern(TIMESTAMP + "step 3\n")
        .endsWith("Experiment 2 of ada/follow ended: succeeded.\n");
    assertThat(unbound.run("experiment", "-p", "ada/follow", "get").out())
        .contains("description     watched");
  }

  @Test
  void liveLogsComeFromTheWsPort(@TempDir Path dir) throws IOException {
    CliRunner cli = project(dir, "ports");
    cli.writeExperiment("echo streamed");
    assertThat(cli.run("run", "-l").exit()).isZero();
    int closed = CliRunner.closedPort();
    String port = String.valueOf(platform.platform.port());

    // The API unreachable, the streams port the server's: --hide_time needs only the stream.
    Result streamed =
        cli.withEnv("POLYAXON_HTTP_PORT", String.valueOf(closed))
            .withEnv("POLYAXON_WS_PORT", port)
            .run("experiment", "-xp", "1", "logs", "--hide_time");
    assertThat(streamed.exit()).as(streamed.toString()).isZero();
    assertThat(streamed.out()).contains("streamed\n");

    Result nothingOnTheWsPort =
        cli.withEnv("POLYAXON_WS_PORT", String.valueOf(closed)).run("experiment", "logs");
    assertThat(nothingOnTheWsPort.exit()).isEqualTo(3);
    assertThat(nothingOnTheWsPort.err())
        .startsWith("polyaxon: Cannot reach the server at http://127.0.0.1:" + closed + " (");
    assertThat(nothingOnTheWsPort.out()).isEmpty();
  }
}
