package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** nodeSelectors, tolerations and affinity: core pods and hooks here, run defaults in config. */
class SchedulingIT {

  private final Rendered r = ChartUnderTest.render(ChartUnderTest.values("scheduling.yaml"));

  private List<JsonNode> corePodSpecs() {
    List<JsonNode> specs = new ArrayList<>();
    specs.add(Rendered.podSpec(r.deployment("api")));
    specs.add(Rendered.podSpec(r.deployment("scheduler")));
    for (String hook : List.of("migrate", "create-root", "cleanup")) {
      specs.add(Rendered.podSpec(r.get("Job", FULLNAME + "-" + hook)));
    }
    return specs;
  }

  @Test
  void coreSettingsApplyToCorePodsAndHookJobs() {
    assertThat(corePodSpecs())
        .hasSize(5)
        .allSatisfy(
            spec -> {
              assertThat(spec.path("nodeSelector").path("polyaxon.com/pool").asText())
                  .isEqualTo("core");
              assertThat(spec.path("tolerations").get(0).path("value").asText()).isEqualTo("core");
              assertThat(
                      spec.path("affinity")
                          .path("nodeAffinity")
                          .path("requiredDuringSchedulingIgnoredDuringExecution")
                          .isObject())
                  .isTrue();
            });
  }

  @Test
  void defaultCoreAffinityPrefersTheNodeOfOtherCorePods() {
    Rendered defaults = ChartUnderTest.render();
    JsonNode spec = Rendered.podSpec(defaults.deployment("api"));

    assertThat(spec.has("nodeSelector")).isFalse();
    assertThat(
            spec.path("affinity")
                .path("podAffinity")
                .path("preferredDuringSchedulingIgnoredDuringExecution")
                .get(0)
                .path("podAffinityTerm")
                .path("topologyKey")
                .asText())
        .isEqualTo("kubernetes.io/hostname");
    assertThat(
            defaults
                .deployment("api")
                .path("spec")
                .path("template")
                .path("metadata")
                .path("labels")
                .path("type")
                .asText())
        .isEqualTo("polyaxon-core");
  }

  @Test
  void runDefaultsGoToThePlatformConfiguration() {
    JsonNode c = r.config();

    assertThat(c.path("nodeSelectors").path("experiments").path("polyaxon.com/pool").asText())
        .isEqualTo("gpu");
    assertThat(c.path("nodeSelectors").path("jobs").path("polyaxon.com/pool").asText())
        .isEqualTo("jobs");
    assertThat(c.path("nodeSelectors").path("builds").path("polyaxon.com/pool").asText())
        .isEqualTo("builds");
    assertThat(c.path("nodeSelectors").path("tensorboards").path("polyaxon.com/pool").asText())
        .isEqualTo("tb");
    assertThat(c.path("tolerations").path("experiments").get(0).path("key").asText())
        .isEqualTo("nvidia.com/gpu");
    assertThat(c.path("affinity").path("jobs").has("podAntiAffinity")).isTrue();
  }

  @Test
  void runSettingsDoNotLeakIntoCorePods() {
    assertThat(corePodSpecs())
        .allSatisfy(spec -> assertThat(spec.toString()).doesNotContain("gpu", "nvidia.com/gpu"));
  }
}
