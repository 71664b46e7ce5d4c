package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.testing.FreshDatabase;

/**
 * Keeps {@link CreateToStartBenchmark} working and prints its figures; it asserts what a
 * measurement must satisfy to mean anything, not a time budget (the machine is shared). Measure
 * with {@code -Dbench.runs=50}; docs/performance.md has the command and the figures.
 */
class CreateToStartBenchmarkIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  @TempDir Path home;

  @Test
  void measuresEveryExperimentFromItsCreationToItsCommandRunning() {
    int runs = Integer.getInteger("bench.runs", 5);
    try (TestPlatform platform = new TestPlatform(DB, home, Clock.systemUTC(), config -> config)) {
      platform.createProject(platform.adaToken, "bench", true);
      CreateToStartBenchmark.measure(platform, "bench", 2); // warm-up
      double[] millis = CreateToStartBenchmark.measure(platform, "bench", runs);

      System.out.printf(
          "Create-experiment to process-started over %d runs: median %.1f ms, max %.1f ms%n",
          runs, CreateToStartBenchmark.median(millis), Arrays.stream(millis).max().orElseThrow());
      assertThat(millis).hasSize(runs);
      // A command can only start after it was asked for.
      assertThat(Arrays.stream(millis).min().orElseThrow()).isPositive();
    }
  }
}
