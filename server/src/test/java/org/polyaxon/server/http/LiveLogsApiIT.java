package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;

/**
 * Live logs over WebSocket and Server-Sent Events, on real runs of the local executor. Each run
 * prints a line, then waits for a file the test creates ("go-N" in its outputs), so the test
 * decides when the next line is written and sees it arrive before the run goes on.
 */
class LiveLogsApiIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          Clock.systemUTC(), config -> config.with(Options.ALLOWED_HOSTS, List.of("127.0.0.1")));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ";
  private static final String STEPPED =
      """
      version: 1
      kind: %s
      build: {image: busybox}
      run:
        cmd: >-
          for i in 1 2 3; do echo line-$i;
          while [ ! -e "$POLYAXON_RUN_OUTPUTS_PATH/go-$i" ]; do sleep 0.05; done; done;
          echo last
      """;
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    platform.createProject(platform.adaToken, "live", true);
    platform.createProject(platform.adaToken, "secret", false);
  }

  @Test
  void aWebSocketGetsStatusesThenEveryLineOnceInOrderThenTheFinalStatus() throws Exception {
    long id = create("live", "experiments", STEPPED.formatted("experiment"));
    LogSocket socket = LogSocket.open(port(), wsPath("live", "experiments", id), platform.adaToken);

    for (int step = 1; step <= 3; step++) {
      int expected = step;
      await().atMost(LIMIT).until(() -> socket.lines().size() >= expected);
      release("live", "experiments", id, step);
    }

    LogSocket.Closed closed = socket.closed.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(closed).isEqualTo(new LogSocket.Closed(1000, "succeeded"));
    assertThat(socket.frames.get(0)).startsWith(WsLogSink.STATUS_PREFIX);
    assertThat(socket.lines())
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).matches(TIMESTAMP + ".*"));
    assertThat(socket.lines().stream().map(line -> line.substring(25)))
        .containsExactly("line-1", "line-2", "line-3", "last");
    assertThat(socket.lines()).isEqualTo(archivedLog("live", "experiments", id));
  }

  @Test
  void serverSentEventsCarryOffsetsAndAResumeGetsExactlyTheRest() throws Exception {
    long id = create("live", "jobs", STEPPED.formatted("job"));
    String path = ssePath("live", "jobs", id);
    List<String> firstTwo;
    String resumeFrom;
    try (LogEventStream first = LogEventStream.open(port(), path, platform.adaToken, null)) {
      assertThat(first.response.statusCode()).isEqualTo(200);
      assertThat(first.response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/event-stream");
      assertThat(first.response.headers().firstValue("Content-Encoding")).isEmpty();
      await().atMost(LIMIT).until(() -> first.lines().size() >= 1);
      release("live", "jobs", id, 1);
      await().atMost(LIMIT).until(() -> first.lines().size() >= 2);
      assertThat(first.events.get(0).type()).isEqualTo("status");
      firstTwo = first.lines();
      resumeFrom = first.events().stream().filter(e -> e.id() != null).toList().get(1).id();
    }
    release("live", "jobs", id, 2);
    release("live", "jobs", id, 3);

    try (LogEventStream rest = LogEventStream.open(port(), path, platform.adaToken, resumeFrom)) {
      rest.ended.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      List<LogEventStream.Event> events = rest.events;
      assertThat(events.get(events.size() - 1))
          .isEqualTo(new LogEventStream.Event("done", null, "{\"status\":\"succeeded\"}"));
      List<String> all = new java.util.ArrayList<>(firstTwo);
      all.addAll(rest.lines());
      assertThat(all).isEqualTo(archivedLog("live", "jobs", id));
      assertThat(rest.lines()).hasSize(2);
    }
    String log = Files.readString(logFile("live", "jobs", id));
    assertThat(Long.parseLong(resumeFrom)).isEqualTo(log.indexOf('\n', log.indexOf('\n') + 1) + 1);
  }

  @Test
  void aRunWritingFastWhileFollowedLosesAndRepeatsNoLine() throws Exception {
    long id = create("live", "jobs", STEPPED.formatted("job").replace("echo last", "seq 1 50000"));
    LogSocket socket = LogSocket.open(port(), wsPath("live", "jobs", id), platform.adaToken);
    try (LogEventStream sse =
        LogEventStream.open(port(), ssePath("live", "jobs", id), platform.adaToken, null)) {
      for (int step = 1; step <= 3; step++) {
        release("live", "jobs", id, step);
      }

      sse.ended.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      List<String> archived = archivedLog("live", "jobs", id);
      assertThat(archived).hasSize(50_003);
      assertThat(sse.lines()).isEqualTo(archived);
      assertThat(socket.closed.get(LIMIT.toSeconds(), TimeUnit.SECONDS).code()).isEqualTo(1000);
      assertThat(socket.lines()).isEqualTo(archived);
    }
  }

  @Test
  void aFinishedRunStreamsItsWholeLogAndEndsAtOnce() throws Exception {
    long id =
        create(
            "live",
            "jobs",
            "version: 1\nkind: job\nbuild: {image: busybox}\nrun:\n  cmd: echo one; echo two\n");
    await()
        .atMost(LIMIT)
        .until(
            () ->
                platform
                    .ada()
                    .get("/api/v1/ada/live/jobs/" + id)
                    .body()
                    .get("last_status")
                    .asText(),
            "succeeded"::equals);

    LogSocket socket = LogSocket.open(port(), wsPath("live", "jobs", id), platform.adaToken);
    assertThat(socket.closed.get(LIMIT.toSeconds(), TimeUnit.SECONDS))
        .isEqualTo(new LogSocket.Closed(1000, "succeeded"));
    assertThat(socket.frames).isEqualTo(archivedLog("live", "jobs", id)).hasSize(2);

    try (LogEventStream sse =
        LogEventStream.open(port(), ssePath("live", "jobs", id), platform.adaToken, null)) {
      sse.ended.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(sse.lines()).isEqualTo(archivedLog("live", "jobs", id));
      assertThat(sse.events).hasSize(3);
      String lastId = sse.events.get(1).id();
      assertThat(Long.parseLong(lastId)).isEqualTo(Files.size(logFile("live", "jobs", id)));
      try (LogEventStream after =
          LogEventStream.open(port(), ssePath("live", "jobs", id), platform.adaToken, lastId)) {
        after.ended.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(after.events)
            .containsExactly(new LogEventStream.Event("done", null, "{\"status\":\"succeeded\"}"));
      }
    }
  }

  @Test
  void aClientThatDisconnectsFreesItsTailer() throws Exception {
    long id = create("live", "experiments", STEPPED.formatted("experiment"));
    LogSocket socket = LogSocket.open(port(), wsPath("live", "experiments", id), platform.adaToken);
    await().atMost(LIMIT).until(() -> socket.lines().size() >= 1);
    assertThat(tailsActive()).isGreaterThanOrEqualTo(1);

    socket.abort();

    await()
        .atMost(LIMIT)
        .untilAsserted(() -> assertThat(List.of(tailsActive(), watchesActive())).containsOnly(0.0));
    for (int step = 1; step <= 3; step++) {
      release("live", "experiments", id, step);
    }
  }

  @Test
  void anEventStreamClientThatDisconnectsFreesItsTailer() throws Exception {
    long id = create("live", "jobs", STEPPED.formatted("job"));
    try (LogEventStream sse =
        LogEventStream.open(port(), ssePath("live", "jobs", id), platform.adaToken, null)) {
      await().atMost(LIMIT).until(() -> sse.lines().size() >= 1);
      assertThat(tailsActive()).isGreaterThanOrEqualTo(1);
    }

    // Noticed by a write that fails: a keep-alive after 2 s quiet, failing at the latest the next.
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertThat(List.of(tailsActive(), watchesActive())).containsOnly(0.0));
    for (int step = 1; step <= 3; step++) {
      release("live", "jobs", id, step);
    }
  }

  @Test
  void refusalsSayWhy() throws Exception {
    long secret =
        create(
            "secret",
            "jobs",
            "version: 1\nkind: job\nbuild: {image: busybox}\nrun:\n  cmd: echo hidden\n");

    assertThat(closedWith(wsPath("live", "jobs", 999), platform.adaToken))
        .extracting(LogSocket.Closed::code)
        .isEqualTo(4404);
    assertThat(closedWith(wsPath("secret", "jobs", secret), null).code()).isEqualTo(4401);
    assertThat(closedWith(wsPath("secret", "jobs", secret) + "?token=wrong", null).code())
        .isEqualTo(4401);
    // A private project is invisible to others, so its runs are not found, as over HTTP.
    assertThat(closedWith(wsPath("secret", "jobs", secret), platform.bobToken).code())
        .isEqualTo(4404);
    assertThat(closedWith(wsPath("secret", "jobs", secret), platform.bobToken).reason())
        .isEqualTo("There is no project ada.secret");
    LogSocket byQueryToken =
        LogSocket.open(
            port(), wsPath("secret", "jobs", secret) + "?token=" + platform.adaToken, null);
    assertThat(byQueryToken.closed.get(LIMIT.toSeconds(), TimeUnit.SECONDS).code()).isEqualTo(1000);
    assertThat(byQueryToken.lines()).singleElement().asString().endsWith(" hidden");

    Http.Response anonymous = platform.anonymous().get(ssePath("secret", "jobs", secret));
    assertThat(anonymous.status()).isEqualTo(401);
    Http.Response bob = platform.bob().get(ssePath("secret", "jobs", secret));
    assertThat(bob.status()).isEqualTo(404);
    assertThat(bob.contentType()).startsWith("application/problem+json");
    Http.Response badOffset = platform.ada().get(ssePath("secret", "jobs", secret) + "?offset=-3");
    assertThat(badOffset.status()).isEqualTo(400);
    assertThat(badOffset.body().get("detail").asText())
        .contains("Query parameter 'offset'")
        .contains("'-3'");
  }

  @Test
  void anUpgradeForAHostThatIsNotAllowedIsRefused() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      String upgrade =
          String.join(
              "\r\n",
              "GET " + wsPath("live", "jobs", 1) + " HTTP/1.1",
              "Host: evil.example",
              "Upgrade: websocket",
              "Connection: Upgrade",
              "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(new byte[16]),
              "Sec-WebSocket-Version: 13",
              "Authorization: Token " + platform.adaToken,
              "",
              "");
      socket.getOutputStream().write(upgrade.getBytes(StandardCharsets.US_ASCII));
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertThat(statusLine).startsWith("HTTP/1.1 400");
    }
  }

  private static LogSocket.Closed closedWith(String path, String token) throws Exception {
    return LogSocket.open(port(), path, token).closed.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static long create(String project, String kind, String yaml) throws IOException {
    Http.Response created =
        platform
            .ada()
            .post(
                "/api/v1/ada/" + project + "/" + kind,
                JSON.writeValueAsString(Map.of("content", yaml)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  private static void release(String project, String kind, long id, int step) throws IOException {
    Path outputs = PLATFORM.home().resolve("outputs/ada/" + project + "/" + kind + "/" + id);
    Files.createDirectories(outputs);
    Files.writeString(outputs.resolve("go-" + step), "");
  }

  private static Path logFile(String project, String kind, long id) {
    return PLATFORM.home().resolve("logs/ada/" + project + "/" + kind + "/" + id + "/run.log");
  }

  private static List<String> archivedLog(String project, String kind, long id) {
    return platform
        .ada()
        .get("/api/v1/ada/" + project + "/" + kind + "/" + id + "/logs")
        .text()
        .lines()
        .toList();
  }

  private static double tailsActive() {
    return gauge("polyaxon_log_tails_active");
  }

  private static double watchesActive() {
    return gauge("polyaxon_log_watches_active");
  }

  private static double gauge(String name) {
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

  private static int port() {
    return platform.platform.port();
  }

  private static String wsPath(String project, String kind, long id) {
    return "/ws/v1/ada/" + project + "/" + kind + "/" + id + "/logs";
  }

  private static String ssePath(String project, String kind, long id) {
    return "/api/v1/ada/" + project + "/" + kind + "/" + id + "/logs/stream";
  }
}
