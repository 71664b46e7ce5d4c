package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.Http;
import org.polyaxon.testing.FreshDatabase;

/**
 * Figures of live logs (docs/performance.md): how fast a finished log streams over WebSocket and
 * SSE, how late a printed line reaches a follower, and that many followers of one run share one
 * watch. It asserts what the measurement must satisfy to mean anything, not a time budget (the
 * machine is shared). Measure with {@code -Dbench.lines=200000 -Dbench.clients=50}.
 */
class LiveLogsBenchmarkIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LIMIT = Duration.ofSeconds(120);
  @TempDir Path home;

  @Test
  void measuresThroughputLatencyAndSharing() throws Exception {
    int lines = Integer.getInteger("bench.lines", 20_000);
    int clients = Integer.getInteger("bench.clients", 10);
    try (TestPlatform platform = new TestPlatform(DB, home, Clock.systemUTC(), config -> config)) {
      platform.createProject(platform.adaToken, "bench", true);
      int port = platform.platform.port();

      long big = create(platform, "seq 1 " + lines);
      awaitStatus(platform, big, "succeeded");
      String ws = "/ws/v1/ada/bench/jobs/" + big + "/logs";
      String sse = "/api/v1/ada/bench/jobs/" + big + "/logs/stream";
      long wsStart = System.nanoTime();
      LogSocket socket = LogSocket.open(port, ws, platform.adaToken);
      socket.closed.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      double wsSeconds = (System.nanoTime() - wsStart) / 1e9;
      long sseStart = System.nanoTime();
      try (LogEventStream events = LogEventStream.open(port, sse, platform.adaToken, null)) {
        events.ended.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        double sseSeconds = (System.nanoTime() - sseStart) / 1e9;
        assertThat(events.lines()).hasSize(lines);
        System.out.printf(
            "Finished log of %d lines: WebSocket %.0f lines/s, SSE %.0f lines/s%n",
            lines, lines / wsSeconds, lines / sseSeconds);
      }
      assertThat(socket.lines()).hasSize(lines);

      // Each line is the time it was printed; followers note when it arrived.
      long live =
          create(
              platform,
              "while [ ! -e \"$POLYAXON_RUN_OUTPUTS_PATH/go\" ]; do sleep 0.05; done;"
                  + " for i in $(seq 20); do date +%s%N; sleep 0.2; done");
      List<LogSocket> followers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        followers.add(
            LogSocket.open(port, "/ws/v1/ada/bench/jobs/" + live + "/logs", platform.adaToken));
      }
      await().atMost(LIMIT).until(() -> gauge(platform, "polyaxon_log_tails_active") == clients);
      assertThat(gauge(platform, "polyaxon_log_watches_active")).isEqualTo(1);
      Path outputs = Files.createDirectories(home.resolve("outputs/ada/bench/jobs/" + live));
      Files.writeString(outputs.resolve("go"), "");
      List<Double> latencies = new ArrayList<>();
      for (LogSocket follower : followers) {
        assertThat(follower.closed.get(LIMIT.toSeconds(), TimeUnit.SECONDS).code()).isEqualTo(1000);
        latencies.addAll(latenciesMillis(follower));
      }
      double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          "Print-to-follower latency, %d followers x 20 lines: median %.0f ms, p95 %.0f ms,"
              + " max %.0f ms%n",
          clients,
          sorted[sorted.length / 2],
          sorted[(int) (sorted.length * 0.95)],
          sorted[sorted.length - 1]);
      assertThat(sorted).hasSize(clients * 20);
      assertThat(Arrays.stream(sorted).min().orElseThrow()).isGreaterThan(-50);
    }
  }

  /** From the time each line says it was printed to when the socket received it. */
  private static List<Double> latenciesMillis(LogSocket socket) {
    List<Double> result = new ArrayList<>();
    for (int i = 0; i < socket.frames.size(); i++) {
      String frame = socket.frames.get(i);
      if (!frame.startsWith(WsLogSink.STATUS_PREFIX)) {
        long printedNanos = Long.parseLong(frame.substring(frame.indexOf(' ') + 1));
        result.add(socket.arrivedAtMillis.get(i) - printedNanos / 1e6);
      }
    }
    return result;
  }

  private static long create(TestPlatform platform, String cmd) throws Exception {
    String yaml =
        "version: 1\nkind: job\nbuild: {image: busybox}\nrun:\n  cmd: "
            + JSON.writeValueAsString(cmd)
            + "\n";
    Http.Response created =
        platform
            .ada()
            .post("/api/v1/ada/bench/jobs", JSON.writeValueAsString(Map.of("content", yaml)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  private static void awaitStatus(TestPlatform platform, long id, String status) {
    await()
        .atMost(LIMIT)
        .until(
            () ->
                platform
                    .ada()
                    .get("/api/v1/ada/bench/jobs/" + id)
                    .body()
                    .get("last_status")
                    .asText(),
            status::equals);
  }

  private static double gauge(TestPlatform platform, String name) {
    return platform
        .anonymous()
        .get("/metrics")
        .text()
        .lines()
        .filter(line -> line.startsWith(name + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
        .findFirst()
        .orElseThrow();
  }
}
