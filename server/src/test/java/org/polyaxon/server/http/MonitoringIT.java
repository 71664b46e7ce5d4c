package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.Http;

/** /_status and the Prometheus /metrics: without a token, and true to what the server did. */
class MonitoringIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(Clock.systemUTC(), config -> config);

  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  @Test
  void statusSaysWhatThisProcessIs() {
    Http.Response status = platform.anonymous().get("/_status");

    assertThat(status.status()).isEqualTo(200);
    JsonNode body = status.body();
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("database").asText()).isEqualTo("ok");
    assertThat(body.get("role").asText()).isEqualTo("all");
    assertThat(body.get("executor").asText()).isEqualTo("local");
    assertThat(body.get("installation").asText())
        .isEqualTo(platform.platform.installation().id().toString());
    assertThat(body.has("http_status")).isFalse();
  }

  @Test
  void metricsCountRequestsByRouteTemplateAndStatus() {
    platform.createProject(platform.adaToken, "watched", true);
    platform.ada().get("/api/v1/ada/watched");
    platform.ada().get("/api/v1/ada/watched");
    platform.ada().get("/api/v1/ada/missing-project");

    Http.Response metrics = platform.anonymous().get("/metrics");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.contentType()).startsWith("text/plain");
    assertThat(metrics.text())
        .contains("jvm_memory_used_bytes")
        .contains("process_uptime_seconds")
        .containsPattern(
            "polyaxon_http_requests_seconds_count\\{method=\"GET\",route=\"/api/v1/\\{user\\}/\\{project\\}\",status=\"200\"\\} 2")
        .containsPattern(
            "polyaxon_http_requests_seconds_count\\{method=\"GET\",route=\"/api/v1/\\{user\\}/\\{project\\}\",status=\"404\"\\} 1");
  }
}
