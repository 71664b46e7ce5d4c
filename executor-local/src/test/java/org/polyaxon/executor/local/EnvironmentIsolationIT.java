package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.executor.local.Runs.awaitEnd;
import static org.polyaxon.executor.local.Runs.launch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;

class EnvironmentIsolationIT {
  /** Set by failsafe for this JVM only (executor-local/pom.xml): a secret of the server. */
  private static final String SERVER_SECRET = "POLYAXON_EXECUTOR_TEST_SECRET";

  @TempDir Path dir;

  @Test
  void aRunSeesTheBaseAndItsOwnVariablesAndNothingElseOfTheServer() {
    assertThat(System.getenv(SERVER_SECRET)).as("set by failsafe").isEqualTo("must-not-leak");
    Launch launch =
        launch(
            dir,
            "env",
            Map.of(
                "POLYAXON_RUN_OUTPUTS_PATH", "/outputs/run 1",
                "POLYAXON_DECLARATIONS", "{\"lr\": 0.1}",
                "LANG", "en_GB.UTF-8"),
            null);
    try (LocalExecutor executor = new LocalExecutor(dir.resolve("runs"), Clock.systemUTC())) {
      executor.start(launch);
      assertThat(awaitEnd(executor, launch.runUuid()).phase()).isEqualTo(ExecutionPhase.SUCCEEDED);
    }

    Map<String, String> seen =
        Runs.messages(launch).stream()
            .filter(line -> line.contains("="))
            .collect(
                Collectors.toMap(
                    line -> line.substring(0, line.indexOf('=')),
                    line -> line.substring(line.indexOf('=') + 1)));
    assertThat(seen)
        .containsEntry("POLYAXON_RUN_OUTPUTS_PATH", "/outputs/run 1")
        .containsEntry("POLYAXON_DECLARATIONS", "{\"lr\": 0.1}")
        .containsEntry("LANG", "en_GB.UTF-8")
        .containsKeys("PATH", "HOME")
        .doesNotContainKey(SERVER_SECRET);
    // bash itself adds PWD, SHLVL and _; everything else must come from the base or the launch.
    assertThat(seen.keySet())
        .isSubsetOf(
            Set.of(
                "PATH",
                "HOME",
                "LANG",
                "POLYAXON_RUN_OUTPUTS_PATH",
                "POLYAXON_DECLARATIONS",
                "PWD",
                "OLDPWD",
                "SHLVL",
                "_"));
  }
}
