package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.cli.CliRunner.Result;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;

/** {@code experiment restart [-c] [-f] [-u]} and {@code resume}: new runs from an old one. */
class CliRestartIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(Clock.systemUTC(), config -> config);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  @Test
  void restartCopyAndResumeCreateNewRunsWithTheChangesGiven(@TempDir Path home, @TempDir Path dir)
      throws IOException {
    CliRunner cli =
        CliRunner.against(platform.platform.port(), home, dir)
            .loggedIn(platform.adaToken)
            .boundToNewProject("again");
    Files.writeString(
        dir.resolve("polyaxonfile.yml"),
        """
        version: 1
        kind: experiment
        declarations: {lr: 0.5}
        build: {image: python:3.11}
        run:
          cmd: echo lr={{ lr }}
        """);
    Files.writeString(dir.resolve("lr.yml"), "declarations: {lr: 0.125}\n");
    Files.writeString(dir.resolve("code.py"), "print(1)\n");
    assertThat(cli.run("run", "-u").out()).isEqualTo("Experiment 1 created (ada.again.1).\n");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> status(cli, "1"), s -> s.equals("succeeded") || s.equals("failed"));

    Result restart = cli.run("experiment", "-xp", "1", "restart", "-f", "lr.yml");
    assertThat(restart.exit()).as(restart.toString()).isZero();
    assertThat(restart.out()).isEqualTo("Experiment 1 restarted as experiment 2 (ada.again.2).\n");
    JsonNode second = JSON.readTree(cli.run("experiment", "get", "--json").out());
    assertThat(second.get("id").asInt()).isEqualTo(2); // the new run is now this directory's
    assertThat(second.get("declarations").get("lr").asDouble()).isEqualTo(0.125);

    Result copy = cli.run("experiment", "-xp", "1", "restart", "-c", "-u");
    assertThat(copy.exit()).as(copy.toString()).isZero();
    assertThat(copy.out()).isEqualTo("Experiment 1 copied as experiment 3 (ada.again.3).\n");

    Result resume = cli.run("experiment", "-xp", "1", "resume");
    assertThat(resume.exit()).as(resume.toString()).isZero();
    assertThat(resume.out()).isEqualTo("Experiment 1 resumed as experiment 4 (ada.again.4).\n");

    Files.writeString(dir.resolve("broken.yml"), "declarations: [\n");
    Result broken = cli.run("experiment", "restart", "-f", "broken.yml");
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err()).startsWith("polyaxon: The Polyaxonfile cannot be read:\n");
  }

  private static String status(CliRunner cli, String id) throws IOException {
    return JSON.readTree(cli.run("experiment", "-xp", id, "get", "--json").out())
        .get("last_status")
        .asText();
  }
}
