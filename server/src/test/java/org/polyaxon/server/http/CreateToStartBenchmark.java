package org.polyaxon.server.http;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.polyaxon.server.Http;

/**
 * Measures the platform's create-experiment to process-started time: from just before {@code POST
 * …/experiments} until the run's command writes its first instruction's clock ({@code
 * $EPOCHREALTIME}). Everything is real: HTTP, the Polyaxonfile, the database, the NOTIFY that wakes
 * the scheduler, the planner and the local executor.
 */
final class CreateToStartBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POLYAXONFILE =
      "version: 1\nkind: experiment\nbuild: {image: busybox}\nrun:\n"
          + "  cmd: printf '%s' \"$EPOCHREALTIME\" > \"$POLYAXON_RUN_OUTPUTS_PATH/began\"\n";

  private CreateToStartBenchmark() {}

  /** Milliseconds from the request to the command running, one value per run, in order. */
  static double[] measure(TestPlatform platform, String project, int runs) {
    Http ada = platform.ada();
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long before = System.currentTimeMillis();
      Http.Response created = ada.post("/api/v1/ada/" + project + "/experiments", body());
      long id = created.body().get("id").asLong();
      Path began =
          platform.home.outputs().resolve("ada/" + project + "/experiments/" + id + "/began");
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(2))
          .until(() -> hasClock(began));
      millis[i] = clockMillis(began) - before;
    }
    return millis;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  private static String body() {
    try {
      return JSON.writeValueAsString(Map.of("content", POLYAXONFILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasClock(Path file) throws IOException {
    return Files.exists(file) && !Files.readString(file).isBlank();
  }

  /** $EPOCHREALTIME is seconds with microseconds, such as 1700000000.123456. */
  private static double clockMillis(Path file) {
    try {
      return Double.parseDouble(Files.readString(file).trim()) * 1000;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
