package org.polyaxon.executor.local;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Launch;

/**
 * Measures how long a run takes to start (docs/performance.md, "Local executor"): the time start()
 * takes, and the time from calling start() to the first instruction of the run's command. Run it
 * with {@code ./mvnw -B verify -pl executor-local -am -Dit.test=StartLatencyBenchmarkIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.runs=200}, or call {@link #main}.
 */
public final class StartLatencyBenchmark {
  /** Milliseconds per run: start() returning, and the command's first instruction. */
  record Result(double[] startReturnedMillis, double[] commandBeganMillis) {
    String summary() {
      return String.format(
          "runs=%d start() returned: median %.1f ms, p90 %.1f ms, max %.1f ms;"
              + " command began: median %.1f ms, p90 %.1f ms, max %.1f ms",
          startReturnedMillis.length,
          percentile(startReturnedMillis, 50),
          percentile(startReturnedMillis, 90),
          percentile(startReturnedMillis, 100),
          percentile(commandBeganMillis, 50),
          percentile(commandBeganMillis, 90),
          percentile(commandBeganMillis, 100));
    }

    static double percentile(double[] values, int percent) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }

  private StartLatencyBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Path dir = Files.createTempDirectory("local-executor-bench");
    System.out.println(measure(dir, runs, 5).summary());
  }

  /** Starts {@code warmup + runs} runs one after another and measures the last {@code runs}. */
  static Result measure(Path dir, int runs, int warmup) throws IOException {
    List<Double> returned = new ArrayList<>();
    List<Double> began = new ArrayList<>();
    try (LocalExecutor executor = new LocalExecutor(dir.resolve("runs"), Clock.systemUTC())) {
      for (int i = 0; i < warmup + runs; i++) {
        Path work = Files.createDirectories(dir.resolve("work-" + i));
        // EPOCHREALTIME is read by bash itself: no fork between the command starting and the stamp.
        Launch launch = Runs.launch(work, "printf '%s' \"$EPOCHREALTIME\" > began");
        Instant called = Instant.now();
        long before = System.nanoTime();
        executor.start(launch);
        long after = System.nanoTime();
        await()
            .atMost(Runs.PATIENCE)
            .pollInterval(Duration.ofMillis(5))
            .until(
                () -> executor.inspect(launch.runUuid()).orElseThrow().phase(),
                phase -> phase == ExecutionPhase.SUCCEEDED);
        String stamp = Files.readString(work.resolve("began")).replaceAll("[^0-9]", "");
        Instant commandBegan = Instant.EPOCH.plus(Long.parseLong(stamp), ChronoUnit.MICROS);
        if (i >= warmup) {
          returned.add((after - before) / 1e6);
          began.add(Duration.between(called, commandBegan).toNanos() / 1e6);
        }
      }
    }
    return new Result(
        returned.stream().mapToDouble(Double::doubleValue).toArray(),
        began.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
