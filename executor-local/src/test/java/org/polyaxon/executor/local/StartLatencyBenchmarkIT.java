package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@link StartLatencyBenchmark} working and prints its figures. It asserts what the
 * measurement must satisfy to mean anything, not a time budget: the machine is shared.
 */
class StartLatencyBenchmarkIT {
  @TempDir Path dir;

  @Test
  void measuresEveryRunFromStartToItsCommandRunning() throws Exception {
    int runs = Integer.getInteger("bench.runs", 10);

    StartLatencyBenchmark.Result result = StartLatencyBenchmark.measure(dir, runs, 2);
    System.out.println("Local executor start latency: " + result.summary());

    assertThat(result.startReturnedMillis()).hasSize(runs);
    assertThat(Arrays.stream(result.startReturnedMillis()).min().orElseThrow()).isPositive();
    // The command can only begin after start() was called.
    assertThat(result.commandBeganMillis()).hasSize(runs);
    assertThat(Arrays.stream(result.commandBeganMillis()).min().orElseThrow()).isPositive();
    assertThat(StartLatencyBenchmark.Result.percentile(new double[] {3, 1, 2}, 50)).isEqualTo(2);
  }
}
