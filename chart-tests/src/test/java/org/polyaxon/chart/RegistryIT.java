package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker-registry.* (and its alias registry.*): in the cluster or external. */
class RegistryIT {

  @Test
  void inClusterRegistryOnTheSeedsNodePort() {
    Rendered r = ChartUnderTest.render();
    JsonNode svc = r.get("Service", "polyaxon-docker-registry");

    assertThat(svc.path("spec").path("type").asText()).isEqualTo("NodePort");
    assertThat(svc.path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(5000);
    assertThat(svc.path("spec").path("ports").get(0).path("nodePort").asInt()).isEqualTo(31813);
    assertThat(r.config().path("registry").path("inCluster").asBoolean()).isTrue();
    assertThat(r.config().path("registry").path("nodePort").asInt()).isEqualTo(31813);
  }

  @Test
  void externalRegistryWithCredentials() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("registry-external.yaml"));
    JsonNode reg = r.config().path("registry");

    assertThat(r.find("Deployment", "polyaxon-docker-registry")).isEmpty();
    assertThat(reg.path("inCluster").asBoolean(true)).isFalse();
    assertThat(reg.path("host").asText()).isEqualTo("registry.example.com");
    assertThat(reg.path("port").asInt()).isEqualTo(443);
    assertThat(reg.path("user").asText()).isEqualTo("builder");
    assertThat(reg.has("password")).isFalse();
    assertThat(r.secret(FULLNAME + "-secret", "POLYAXON_REGISTRY_PASSWORD")).isEqualTo("reg-pass");
  }

  @Test
  void theReadmesRegistryNameIsAnAlias() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("registry-alias.yaml"));

    assertThat(r.find("Deployment", "polyaxon-docker-registry")).isEmpty();
    assertThat(r.config().path("registry").path("host").asText()).isEqualTo("alias.example.com");
    assertThat(r.config().path("registry").path("port").asInt()).isEqualTo(5001);
  }

  @Test
  void serviceSettingsOfTheSubChart() {
    Rendered r =
        ChartUnderTest.render(
            Map.of(
                "docker-registry.service.type", "ClusterIP",
                "docker-registry.persistence.enabled", true,
                "docker-registry.persistence.size", "50Gi"));

    JsonNode svc = r.get("Service", "polyaxon-docker-registry");
    assertThat(svc.path("spec").path("type").asText()).isEqualTo("ClusterIP");
    assertThat(svc.path("spec").path("ports").get(0).has("nodePort")).isFalse();
    assertThat(
            r.get("PersistentVolumeClaim", "polyaxon-docker-registry")
                .path("spec")
                .path("resources")
                .path("requests")
                .path("storage")
                .asText())
        .isEqualTo("50Gi");
  }
}
