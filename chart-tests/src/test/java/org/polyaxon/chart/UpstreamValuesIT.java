package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The Polyaxon 0.4.4 chart's own values.yaml is accepted as it is. */
class UpstreamValuesIT {

  private final Rendered r = ChartUnderTest.render(ChartUnderTest.upstreamValues());

  @Test
  void rendersValidObjects() {
    assertThat(r.objects()).isNotEmpty();
    assertThat(OpenApi.problems(r.objects())).isEmpty();
  }

  @Test
  void theValuesWeActOnTakeEffect() {
    JsonNode c = r.config();

    assertThat(r.get("Service", FULLNAME + "-api").path("spec").path("type").asText())
        .isEqualTo("LoadBalancer");
    assertThat(r.secret(FULLNAME + "-secret", "POLYAXON_ADMIN_PASSWORD")).isEqualTo("rootpassword");
    assertThat(c.path("user").path("username").asText()).isEqualTo("root");
    assertThat(c.path("intervals").path("operationsMaxRetryDelay").asInt()).isEqualTo(3600);
    assertThat(c.path("ttl").path("watchStatuses").asInt()).isEqualTo(120);
    assertThat(c.path("persistence").path("outputs").path("outputs").path("hostPath").asText())
        .isEqualTo("/tmp/outputs");
    assertThat(
            Rendered.container(r.get("Deployment", "polyaxon-postgresql"), "postgresql")
                .path("image")
                .asText())
        .isEqualTo("postgres:9.6.1");
    assertThat(r.find("Deployment", "polyaxon-docker-registry")).isPresent();
    // Upstream's resourcesDaemon.enabled: true has no effect yet: no monitor is deployed.
    assertThat(r.ofKind("DaemonSet")).isEmpty();
    // Upstream's image names are honoured too (and warned about in NOTES).
    assertThat(Rendered.container(r.deployment("api"), "api").path("image").asText())
        .isEqualTo("polyaxon/polyaxon-api:0.4.4");
  }

  @Test
  void noRabbitmqAndNoCeleryWorkers() {
    assertThat(r.ofKind("Deployment"))
        .extracting(d -> d.path("metadata").path("name").asText())
        .containsExactlyInAnyOrder(
            FULLNAME + "-api",
            FULLNAME + "-scheduler",
            "polyaxon-postgresql",
            "polyaxon-docker-registry");
  }
}
