package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;

/**
 * A Python training script tracks itself like the 0.4 tracking client (resource {@code
 * tracking/track.py}): uploaded as the project's code, run by the scheduler, authenticated by its
 * run token, and checked here through the API only.
 */
class TrackingClientIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static TestPlatform platform;
  private static LaunchedRuns runs;
  private static Http ada;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
    runs = new LaunchedRuns(platform);
    platform.createProject(platform.adaToken, "tracking", false);
    ada = platform.ada();
  }

  private static String script() throws IOException {
    try (InputStream in = TrackingClientIT.class.getResourceAsStream("/tracking/track.py")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPythonScriptWritesOutputsPostsMetricsAndAHeartbeatAndReachesNoOtherRun()
      throws IOException {
    long other = runs.create(ada, "ada/tracking", "experiments", "echo untouched");
    runs.awaitStatus("ada/tracking", "experiments", other, "succeeded");
    BinaryHttp.Response upload =
        platform
            .binary(platform.adaToken)
            .upload(
                "/api/v1/ada/tracking/repo/upload",
                new BinaryHttp.Multipart()
                    .file("repo", "tracking.tar.gz", TarGz.of(Map.of("track.py", script()))));
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);

    long id =
        runs.create(
            ada,
            "ada/tracking",
            "experiments",
            "python3 track.py",
            Map.of("lr", 0.01, "steps", 3, "other", other));

    String base = "/api/v1/ada/tracking/experiments/" + id;
    String status = runs.awaitStatus("ada/tracking", "experiments", id, "succeeded", "failed");
    String log = ada.get(base + "/logs").text();
    assertThat(status).as(log).isEqualTo("succeeded");
    assertThat(log)
        .contains("Z posted by track.py\n")
        .contains("Z track.py: done, the other experiment answered 403\n");

    JsonNode tree = ada.get(base + "/outputs/tree").body();
    assertThat(tree.get("dirs").toString()).isEqualTo("[\"checkpoints\"]");
    assertThat(tree.get("files").get(0).get("name").asText()).isEqualTo("summary.json");
    assertThat(ada.get(base + "/outputs/files?path=checkpoints/model.txt").text())
        .isEqualTo("weights for lr=0.01\n");
    assertThat(ada.get(base + "/outputs/files?path=summary.json").text())
        .isEqualTo("{\"steps\": 3}");

    JsonNode metrics = ada.get(base + "/metrics").body();
    assertThat(metrics.get("count").asInt()).isEqualTo(3);
    assertThat(metrics.get("results").findValues("values").toString())
        .isEqualTo(
            "[{\"loss\":1.0,\"step\":0.0}, {\"loss\":0.5,\"step\":1.0},"
                + " {\"loss\":0.3333,\"step\":2.0}]");
    JsonNode detail = ada.get(base).body();
    assertThat(detail.get("last_metric").get("loss").asDouble()).isEqualTo(0.3333);
    assertThat(detail.get("last_metric").get("step").asDouble()).isEqualTo(2.0);
    assertThat(detail.get("heartbeat_at").asText()).isEqualTo("2024-03-01T12:00:00Z");

    JsonNode untouched = ada.get("/api/v1/ada/tracking/experiments/" + other).body();
    assertThat(untouched.get("last_status").asText()).isEqualTo("succeeded");
    assertThat(untouched.get("last_metric").size()).isZero();
    assertThat(untouched.get("heartbeat_at").isNull()).isTrue();
    assertThat(
            ada.get("/api/v1/ada/tracking/experiments/" + other + "/metrics")
                .body()
                .get("count")
                .asInt())
        .isZero();
  }
}
