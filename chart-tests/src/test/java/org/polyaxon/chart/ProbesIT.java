package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Readiness and liveness on /_health, so that --wait means usable, with or without allowedHosts.
 */
class ProbesIT {

  @Test
  void everyPlatformContainerIsProbedOnHealth() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("platform.yaml"));

    for (String c : new String[] {"api", "scheduler"}) {
      JsonNode container = Rendered.container(r.deployment(c), c);
      for (String probe : new String[] {"readinessProbe", "livenessProbe"}) {
        JsonNode get = container.path(probe).path("httpGet");
        assertThat(get.path("path").asText()).as(c + " " + probe).isEqualTo("/_health");
        assertThat(get.path("port").asText()).as(c + " " + probe).isEqualTo("http");
        // The server exempts /_health from the allowedHosts check: no Host header needed.
        assertThat(get.has("httpHeaders")).as(c + " " + probe).isFalse();
      }
    }
  }

  @Test
  void allowedHostsDoNotChangeTheProbes() {
    JsonNode withHosts =
        Rendered.container(
            ChartUnderTest.render(ChartUnderTest.values("platform.yaml")).deployment("api"), "api");
    JsonNode without = Rendered.container(ChartUnderTest.render().deployment("api"), "api");

    assertThat(withHosts.path("readinessProbe")).isEqualTo(without.path("readinessProbe"));
    assertThat(withHosts.path("livenessProbe")).isEqualTo(without.path("livenessProbe"));
  }
}
