package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;

/**
 * The real {@code bin/polyaxon} in a terminal (tmux): a person types the username and the password
 * at the login prompts (the password is not echoed, the token is stored), and an upload draws its
 * progress bar.
 */
class CliTerminalIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static final Duration PROMPT_LIMIT = Duration.ofSeconds(60);
  private static final Path ROOT =
      Path.of(System.getProperty("polyaxon.root", "..")).toAbsolutePath().normalize();
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  @Test
  void thePasswordIsAskedForWithoutEcho(@TempDir Path cliHome) throws Exception {
    // Our own tmux server (-L): parallel tests and a person's tmux are left alone.
    String socket = "polyaxon-test-" + UUID.randomUUID();
    try {
      tmux(socket, "new-session", "-d", "-s", "login", "-x", "160", "-y", "40", "bash --norc");
      String command = launcher(cliHome, "") + " login; echo \"login exited with $?\"";
      tmux(socket, "send-keys", "-t", "login", "-l", command);
      tmux(socket, "send-keys", "-t", "login", "Enter");

      awaitPane(socket, "Username:"); // capture-pane drops trailing blanks
      tmux(socket, "send-keys", "-t", "login", "-l", "ada");
      tmux(socket, "send-keys", "-t", "login", "Enter");
      awaitPane(socket, "Password:");
      tmux(socket, "send-keys", "-t", "login", "-l", "ada-password");
      tmux(socket, "send-keys", "-t", "login", "Enter");
      String pane = awaitPane(socket, "login exited with 0");

      assertThat(pane).contains("Username: ada", "Logged in as ada.");
      assertThat(pane).doesNotContain("ada-password");
      Path auth = cliHome.resolve(".polyaxonauth");
      assertThat(new ObjectMapper().readTree(auth.toFile()).get("username").asText())
          .isEqualTo("ada");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(auth)))
          .isEqualTo("rw-------");
    } finally {
      tmux(socket, "kill-server");
    }
  }

  @Test
  void anUploadDrawsAProgressBarOnATerminal(@TempDir Path cliHome, @TempDir Path code)
      throws Exception {
    Files.writeString(code.resolve("train.py"), "print('train')\n");
    String socket = "polyaxon-test-" + UUID.randomUUID();
    try {
      tmux(socket, "new-session", "-d", "-s", "login", "-x", "160", "-y", "40", "bash --norc");
      String launcher = launcher(cliHome, " POLYAXON_SECRET_USER_TOKEN=" + platform.bobToken);
      String command =
          "cd "
              + code
              + " && "
              + launcher
              + " project create --name terminal --init && "
              + launcher
              + " upload; echo \"upload exited with $?\"";
      tmux(socket, "send-keys", "-t", "login", "-l", command);
      tmux(socket, "send-keys", "-t", "login", "Enter");

      String pane = awaitPane(socket, "upload exited with 0");
      assertThat(pane)
          .contains("Uploading 1 file [" + "#".repeat(30) + "] 100%")
          .contains("Code uploaded to bob.terminal");
    } finally {
      tmux(socket, "kill-server");
    }
  }

  @Test
  void statusesAreColouredOnATerminalOnly(@TempDir Path cliHome, @TempDir Path code)
      throws Exception {
    CliRunner bob =
        CliRunner.against(platform.platform.port(), cliHome, code)
            .withEnv("POLYAXON_SECRET_USER_TOKEN", platform.bobToken);
    assertThat(bob.run("project", "create", "--name", "colours", "--init").exit()).isZero();
    Files.writeString(
        code.resolve("polyaxonfile.yml"),
        "version: 1\nkind: experiment\nbuild: {image: busybox}\nrun:\n  cmd: sleep 30\n");
    assertThat(bob.run("run").exit()).isZero();
    assertThat(bob.run("experiment", "stop", "-y").out()).endsWith("is stopped.\n");

    String socket = "polyaxon-test-" + UUID.randomUUID();
    try {
      tmux(socket, "new-session", "-d", "-s", "login", "-x", "160", "-y", "40", "bash --norc");
      String statuses =
          launcher(cliHome, " POLYAXON_SECRET_USER_TOKEN=" + platform.bobToken)
              + " experiment -p bob/colours -xp 1 statuses";

      String coloured = typeAndCapture(socket, statuses, "terminal");
      assertThat(coloured).contains("\u001b[33mstopped");
      String piped = typeAndCapture(socket, statuses + " | cat", "piped");
      assertThat(piped).contains("stopped").doesNotContain("\u001b[");
      String noColor = typeAndCapture(socket, "NO_COLOR=1 " + statuses, "no colour");
      assertThat(noColor).contains("stopped").doesNotContain("\u001b[");
    } finally {
      tmux(socket, "kill-server");
    }
  }

  /** The real bin/polyaxon pointed at the platform, its state in cliHome, with more variables. */
  private static String launcher(Path cliHome, String moreEnv) {
    return "env POLYAXON_BUILD=never POLYAXON_CLI_HOME="
        + cliHome
        + " POLYAXON_API_HOST=127.0.0.1 POLYAXON_HTTP_PORT="
        + platform.platform.port()
        + moreEnv
        + " "
        + ROOT.resolve("bin/polyaxon");
  }

  /** Runs a command on a cleared screen; returns the screen with its colours (ANSI escapes). */
  private static String typeAndCapture(String socket, String command, String name)
      throws Exception {
    String done = name + " exited with";
    tmux(
        socket,
        "send-keys",
        "-t",
        "login",
        "-l",
        "clear; " + command + "; echo \"" + done + " $?\"");
    tmux(socket, "send-keys", "-t", "login", "Enter");
    awaitPane(socket, done + " 0");
    return tmux(socket, "capture-pane", "-p", "-e", "-t", "login");
  }

  private static String awaitPane(String socket, String text) {
    return await()
        .atMost(PROMPT_LIMIT)
        .until(
            () -> tmux(socket, "capture-pane", "-p", "-t", "login"), pane -> pane.contains(text));
  }

  private static String tmux(String socket, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tmux did not answer: " + command);
    }
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
