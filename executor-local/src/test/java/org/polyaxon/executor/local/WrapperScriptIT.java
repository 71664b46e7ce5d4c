package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.executor.ExecutionPhase;

/** The wrapper's side of the protocol, driven by hand without a {@link LocalExecutor}. */
class WrapperScriptIT {
  @TempDir Path dir;

  @Test
  void aWrapperThatFindsTheStopMarkerSignalsItsCommandItself() throws Exception {
    // stop() looked for the pid file before the wrapper wrote it: only the marker is there.
    RunDirectory run = RunDirectory.of(dir.resolve("runs"), Runs.newUuid());
    assertThat(run.claim()).isTrue();
    run.publish(RunDirectory.STOPPED, "2024-05-01T10:00:00Z");
    Files.writeString(run.file(RunDirectory.COMMAND), "sleep 1000");
    Path wrapper = run.file(RunDirectory.WRAPPER);
    Path log = dir.resolve("run.log");
    Files.writeString(wrapper, WrapperScript.render(run.path(), log, Timestamper.detect()));

    Process process =
        new ProcessBuilder("setsid", "/bin/bash", wrapper.toString())
            .directory(dir.toFile())
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo(WrapperScript.STARTED);
    }

    String exit =
        await()
            .atMost(Runs.PATIENCE)
            .pollInterval(Duration.ofMillis(20))
            .until(() -> run.read(RunDirectory.EXIT).orElse(""), text -> !text.isEmpty());
    assertThat(exit).startsWith("143 ");
    assertThat(
            new ExecutionObserver(record -> false, record -> false, Clock.systemUTC())
                .observe(run, false)
                .orElseThrow()
                .phase())
        .isEqualTo(ExecutionPhase.STOPPED);
  }
}
