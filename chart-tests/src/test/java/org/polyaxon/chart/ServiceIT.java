package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** serviceType, api.service.* and streams.service.*: the seed's ports 80 and 1337. */
class ServiceIT {

  private static JsonNode port(Rendered r, String name) {
    return Rendered.named(r.get("Service", FULLNAME + "-api").path("spec").path("ports"), name)
        .orElseThrow();
  }

  @Test
  void defaultIsALoadBalancerWithPorts80And1337OnTheApiContainer() {
    Rendered r = ChartUnderTest.render();
    JsonNode svc = r.get("Service", FULLNAME + "-api");

    assertThat(svc.path("spec").path("type").asText()).isEqualTo("LoadBalancer");
    assertThat(port(r, "api").path("port").asInt()).isEqualTo(80);
    assertThat(port(r, "streams").path("port").asInt()).isEqualTo(1337);
    assertThat(port(r, "api").path("targetPort").asText()).isEqualTo("http");
    assertThat(port(r, "streams").path("targetPort").asText()).isEqualTo("http");
    assertThat(port(r, "api").has("nodePort")).isFalse();
    JsonNode http =
        Rendered.named(Rendered.container(r.deployment("api"), "api").path("ports"), "http")
            .orElseThrow();
    assertThat(http.path("containerPort").asInt()).isEqualTo(8000);
    assertThat(svc.path("spec").path("selector").path("app.kubernetes.io/component").asText())
        .isEqualTo("api");
  }

  @Test
  void nodePortTypeUsesTheConfiguredNodePortsAndAnnotations() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("service-nodeport.yaml"));
    JsonNode svc = r.get("Service", FULLNAME + "-api");

    assertThat(svc.path("spec").path("type").asText()).isEqualTo("NodePort");
    assertThat(port(r, "api").path("nodePort").asInt()).isEqualTo(30080);
    assertThat(port(r, "streams").path("nodePort").asInt()).isEqualTo(30081);
    assertThat(
            svc.path("metadata")
                .path("annotations")
                .path("external-dns.alpha.kubernetes.io/hostname")
                .asText())
        .isEqualTo("polyaxon.example.com");
  }

  @Test
  void defaultNodePortsAreTheSeeds() {
    Rendered r = ChartUnderTest.render(Map.of("serviceType", "NodePort"));

    assertThat(port(r, "api").path("nodePort").asInt()).isEqualTo(31811);
    assertThat(port(r, "streams").path("nodePort").asInt()).isEqualTo(31812);
  }

  @Test
  void clusterIpHasNoNodePorts() {
    Rendered r = ChartUnderTest.render(Map.of("serviceType", "ClusterIP"));

    assertThat(r.get("Service", FULLNAME + "-api").path("spec").path("type").asText())
        .isEqualTo("ClusterIP");
    assertThat(port(r, "api").has("nodePort")).isFalse();
  }

  @Test
  void externalPortsAreTheServicePorts() {
    Rendered r =
        ChartUnderTest.render(
            Map.of("api.service.externalPort", 8080, "streams.service.externalPort", 8081));

    assertThat(port(r, "api").path("port").asInt()).isEqualTo(8080);
    assertThat(port(r, "streams").path("port").asInt()).isEqualTo(8081);
  }
}
