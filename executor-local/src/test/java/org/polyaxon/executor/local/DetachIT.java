package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.executor.local.Runs.awaitEnd;
import static org.polyaxon.executor.local.Runs.launch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;

/**
 * A run outlives the server that started it, even when the server's whole process group is killed
 * with SIGKILL (a terminal's Ctrl-C, a supervisor killing a group): only a run in a session of its
 * own survives that.
 */
class DetachIT {
  @TempDir Path dir;

  @Test
  void aRunKeepsRunningAndLoggingAfterItsServerIsKilled() throws Exception {
    Path stateRoot = dir.resolve("runs");
    Launch launch = launch(dir, "echo before; " + Runs.AWAIT_RELEASE + "; echo after");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // setsid puts the stand-in server in a group of its own, so the kill below spares this JVM.
    Process server =
        new ProcessBuilder(
                List.of(
                    "setsid",
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    StartRunMain.class.getName(),
                    stateRoot.toString(),
                    dir.toString(),
                    launch.logFile().toString(),
                    launch.runUuid(),
                    launch.command()))
            .redirectError(dir.resolve("server.err").toFile())
            .start();
    try {
      String said;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        // Skip the stand-in's own log lines, which share its stdout.
        do {
          said = out.readLine();
        } while (said != null && !said.startsWith("started "));
      }
      assertThat(said).isEqualTo("started RUNNING");
      Runs.awaitLogLine(launch, "before");

      Process kill =
          new ProcessBuilder("/bin/bash", "-c", "kill -s KILL -- -" + server.pid()).start();
      assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(kill.exitValue()).isZero();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(server.exitValue()).isEqualTo(137);
    } finally {
      server.destroyForcibly();
    }

    try (LocalExecutor executor = new LocalExecutor(stateRoot, Clock.systemUTC())) {
      assertThat(executor.inspect(launch.runUuid()).orElseThrow().phase())
          .isEqualTo(ExecutionPhase.RUNNING);
      Runs.release(dir);
      Execution execution = awaitEnd(executor, launch.runUuid());
      assertThat(execution.phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    }
    assertThat(Runs.messages(launch)).containsExactly("before", "after");
  }
}
