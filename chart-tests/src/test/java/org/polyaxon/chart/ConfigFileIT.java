package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ConfigMap <fullname>-config: polyaxon.yaml in the values' own vocabulary, mounted in pods. */
class ConfigFileIT {

  @Test
  void platformValuesArePassedUnderTheirOwnKeys() {
    JsonNode c = ChartUnderTest.render(ChartUnderTest.values("platform.yaml")).config();

    assertThat(c.path("executor").asText()).isEqualTo("kubernetes");
    assertThat(c.path("namespace").asText()).isEqualTo("ml-runs");
    assertThat(c.path("timeZone").asText()).isEqualTo("Europe/Paris");
    assertThat(c.path("hostName").asText()).isEqualTo("polyaxon.example.com");
    assertThat(c.path("allowedHosts"))
        .extracting(JsonNode::asText)
        .containsExactly("polyaxon.example.com", ".example.org");
    assertThat(c.path("adminViewEnabled").asBoolean(true)).isFalse();
    assertThat(c.path("passwordLength").asInt()).isEqualTo(12);
    assertThat(c.path("user").path("username").asText()).isEqualTo("admin");
    assertThat(c.path("user").path("email").asText()).isEqualTo("admin@example.com");
    assertThat(c.path("user").has("password")).isFalse();
    assertThat(c.path("secretRefs"))
        .extracting(JsonNode::asText)
        .containsExactly("aws-creds", "gcs-key");
    assertThat(c.path("configmapRefs")).extracting(JsonNode::asText).containsExactly("shared-env");
    assertThat(c.path("email").path("host").asText()).isEqualTo("smtp.example.com");
    assertThat(c.path("email").path("port").asInt()).isEqualTo(587);
    assertThat(c.path("email").path("useTls").asBoolean()).isTrue();
    assertThat(c.path("email").path("hostUser").asText()).isEqualTo("mailer");
    assertThat(c.path("email").has("hostPassword")).isFalse();
    assertThat(c.path("integrations").path("slack").get(0).path("channel").asText())
        .isEqualTo("ml");
    assertThat(c.path("ttl").path("token").asInt()).isEqualTo(30);
    assertThat(c.path("intervals").path("experimentsScheduler").asInt()).isEqualTo(5);
    assertThat(c.path("intervals").path("experimentsSync").asInt()).isEqualTo(60);
    assertThat(c.path("cleaningIntervals").path("archived").asInt()).isEqualTo(3);
  }

  @Test
  void platformAddsReleaseDatabaseRedisRegistryAndRunLabels() {
    JsonNode c = ChartUnderTest.render().config();

    assertThat(c.path("release").path("name").asText()).isEqualTo("polyaxon");
    assertThat(c.path("release").path("namespace").asText()).isEqualTo("polyaxon");
    assertThat(c.path("database").path("host").asText()).isEqualTo("polyaxon-postgresql");
    assertThat(c.path("database").path("port").asInt()).isEqualTo(5432);
    assertThat(c.path("database").path("name").asText()).isEqualTo("polyaxon");
    assertThat(c.path("database").path("user").asText()).isEqualTo("polyaxon");
    assertThat(c.path("redis").path("enabled").asBoolean(true)).isFalse();
    assertThat(c.path("registry").path("host").asText()).isEqualTo("polyaxon-docker-registry");
    assertThat(c.path("registry").path("port").asInt()).isEqualTo(5000);
    assertThat(c.path("runLabels").path("app.kubernetes.io/managed-by").asText())
        .isEqualTo("polyaxon");
    assertThat(c.path("runLabels").path("polyaxon.com/release").asText()).isEqualTo("polyaxon");
    assertThat(c.path("timeZone").asText()).isEqualTo("UTC");
    assertThat(c.path("api").path("inClusterUrl").asText())
        .isEqualTo("http://polyaxon-polyaxon-api.polyaxon.svc:80");
    assertThat(c.path("api").path("inClusterWsUrl").asText())
        .isEqualTo("ws://polyaxon-polyaxon-api.polyaxon.svc:1337");
  }

  @Test
  void anEmptyNamespaceMeansTheReleaseNamespace() {
    JsonNode c = ChartUnderTest.renderIn("team-a", Map.of("namespace", "")).config();

    assertThat(c.path("namespace").asText()).isEqualTo("team-a");
  }

  @Test
  void theFileIsMountedAtEtcPolyaxonInEveryCorePod() {
    Rendered r = ChartUnderTest.render();

    for (String c : new String[] {"api", "scheduler"}) {
      JsonNode pod = Rendered.podSpec(r.deployment(c));
      JsonNode mount =
          Rendered.named(Rendered.container(r.deployment(c), c).path("volumeMounts"), "config")
              .orElseThrow();
      assertThat(mount.path("mountPath").asText()).isEqualTo("/etc/polyaxon");
      assertThat(
              Rendered.named(pod.path("volumes"), "config")
                  .orElseThrow()
                  .path("configMap")
                  .path("name")
                  .asText())
          .isEqualTo(FULLNAME + "-config");
    }
  }

  private static String podAnnotation(Map<String, Object> sets, String component, String key) {
    return ChartUnderTest.render(sets)
        .deployment(component)
        .path("spec")
        .path("template")
        .path("metadata")
        .path("annotations")
        .path(key)
        .asText();
  }

  @Test
  void aChangeOfConfigurationOrSecretRollsThePods() {
    Map<String, Object> base = Map.of("polyaxonSecret", "fixed-key");
    Map<String, Object> otherConfig =
        Map.of("polyaxonSecret", "fixed-key", "timeZone", "Asia/Tokyo");
    Map<String, Object> otherSecret =
        Map.of("polyaxonSecret", "fixed-key", "user.password", "another");

    for (String c : new String[] {"api", "scheduler"}) {
      String config = podAnnotation(base, c, "checksum/config");
      String secret = podAnnotation(base, c, "checksum/secret");
      assertThat(config).hasSize(64).isEqualTo(podAnnotation(base, c, "checksum/config"));
      assertThat(secret).hasSize(64).isEqualTo(podAnnotation(base, c, "checksum/secret"));
      assertThat(podAnnotation(otherConfig, c, "checksum/config")).isNotEqualTo(config);
      assertThat(podAnnotation(otherConfig, c, "checksum/secret")).isEqualTo(secret);
      assertThat(podAnnotation(otherSecret, c, "checksum/secret")).isNotEqualTo(secret);
    }
  }
}
