package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** ingress.enabled, hostName, className, annotations and tls. */
class IngressIT {

  @Test
  void noIngressByDefault() {
    assertThat(ChartUnderTest.render().ofKind("Ingress")).isEmpty();
  }

  @Test
  void oneIngressRoutesRootToPort80AndWsTo1337() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("ingress.yaml"));
    JsonNode ing = r.get("Ingress", FULLNAME);
    JsonNode rule = ing.path("spec").path("rules").get(0);

    assertThat(r.ofKind("Ingress")).hasSize(1);
    assertThat(ing.path("apiVersion").asText()).isEqualTo("networking.k8s.io/v1");
    assertThat(rule.path("host").asText()).isEqualTo("polyaxon.example.com");
    assertThat(rule.path("http").path("paths"))
        .extracting(
            p ->
                p.path("path").asText()
                    + " "
                    + p.path("pathType").asText()
                    + " "
                    + p.path("backend").path("service").path("name").asText()
                    + ":"
                    + p.path("backend").path("service").path("port").path("number").asInt())
        .containsExactlyInAnyOrder(
            "/ Prefix " + FULLNAME + "-api:80", "/ws Prefix " + FULLNAME + "-api:1337");
    assertThat(ing.path("spec").path("ingressClassName").asText()).isEqualTo("nginx");
    assertThat(
            ing.path("metadata")
                .path("annotations")
                .path("nginx.ingress.kubernetes.io/proxy-body-size")
                .asText())
        .isEqualTo("4G");
    JsonNode tls = ing.path("spec").path("tls").get(0);
    assertThat(tls.path("secretName").asText()).isEqualTo("polyaxon-tls");
    assertThat(tls.path("hosts").get(0).asText()).isEqualTo("polyaxon.example.com");
    assertThat(r.config().path("ingress").path("hostName").asText())
        .isEqualTo("polyaxon.example.com");
    assertThat(r.config().path("ingress").path("tls").asBoolean()).isTrue();
    // The API's absolute links use the host users reach, over TLS.
    assertThat(r.config().path("hostName").asText()).isEqualTo("https://polyaxon.example.com");
  }

  @Test
  void withoutHostNameTheRuleMatchesAnyHost() {
    Rendered r = ChartUnderTest.render(java.util.Map.of("ingress.enabled", true));
    JsonNode rule = r.get("Ingress", FULLNAME).path("spec").path("rules").get(0);

    assertThat(rule.has("host")).isFalse();
    assertThat(r.get("Ingress", FULLNAME).path("spec").has("tls")).isFalse();
  }
}
