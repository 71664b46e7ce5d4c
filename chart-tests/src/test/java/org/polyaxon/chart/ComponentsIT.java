package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Per-component image, imageTag, imagePullPolicy, replicas, resources; limitResources. */
class ComponentsIT {

  private final Rendered r = ChartUnderTest.render(ChartUnderTest.values("components.yaml"));

  @Test
  void imagesReplicasAndPullPolicyPerComponent() {
    JsonNode api = Rendered.container(r.deployment("api"), "api");
    JsonNode scheduler = Rendered.container(r.deployment("scheduler"), "scheduler");
    JsonNode migrate = Rendered.container(r.get("Job", FULLNAME + "-migrate"), "migrate");

    assertThat(api.path("image").asText()).isEqualTo("registry.example.com/polyaxon-jvm:1.2.3");
    assertThat(api.path("imagePullPolicy").asText()).isEqualTo("Always");
    assertThat(scheduler.path("image").asText())
        .isEqualTo("registry.example.com/polyaxon-jvm:1.2.4");
    assertThat(scheduler.path("imagePullPolicy").asText()).isEqualTo("IfNotPresent");
    assertThat(migrate.path("image").asText()).isEqualTo("registry.example.com/polyaxon-jvm:1.2.5");
    assertThat(r.deployment("api").path("spec").path("replicas").asInt()).isEqualTo(3);
    assertThat(r.deployment("scheduler").path("spec").path("replicas").asInt()).isEqualTo(2);
  }

  @Test
  void limitResourcesRendersLimitsNextToRequests() {
    JsonNode api = Rendered.container(r.deployment("api"), "api").path("resources");
    JsonNode scheduler =
        Rendered.container(r.deployment("scheduler"), "scheduler").path("resources");

    assertThat(api.path("requests").path("cpu").asText()).isEqualTo("500m");
    assertThat(api.path("limits").path("memory").asText()).isEqualTo("3Gi");
    assertThat(scheduler.path("requests").path("memory").asText()).isEqualTo("600Mi");
    assertThat(scheduler.path("limits").path("cpu").asText()).isEqualTo("1");
  }

  @Test
  void withoutLimitResourcesOnlyRequestsAreRendered() {
    Rendered defaults = ChartUnderTest.render();

    for (String c : new String[] {"api", "scheduler"}) {
      JsonNode res = Rendered.container(defaults.deployment(c), c).path("resources");
      assertThat(res.has("requests")).as(c).isTrue();
      assertThat(res.has("limits")).as(c).isFalse();
    }
  }

  @Test
  void hookJobsHonourDeadlineAndRetries() {
    JsonNode job = r.get("Job", FULLNAME + "-create-root");

    assertThat(job.path("spec").path("activeDeadlineSeconds").asInt()).isEqualTo(900);
    assertThat(job.path("spec").path("backoffLimit").asInt()).isEqualTo(5);
  }

  @Test
  void defaultImageIsTheChartAppVersion() {
    Rendered defaults = ChartUnderTest.render();

    assertThat(
            Rendered.container(defaults.deployment("scheduler"), "scheduler")
                .path("image")
                .asText())
        .isEqualTo("polyaxon/polyaxon-jvm:0.1.0");
    assertThat(
            Rendered.podSpec(defaults.deployment("api"))
                .path("initContainers")
                .get(0)
                .path("image")
                .asText())
        .isEqualTo("polyaxon/polyaxon-jvm:0.1.0");
  }

  @Test
  void podsRunAsNonRootWithoutPrivilegeEscalation() {
    Rendered defaults = ChartUnderTest.render();

    for (String c : new String[] {"api", "scheduler"}) {
      JsonNode spec = Rendered.podSpec(defaults.deployment(c));
      assertThat(spec.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
      assertThat(spec.path("securityContext").path("runAsUser").asInt()).isEqualTo(1000);
      assertThat(
              Rendered.container(defaults.deployment(c), c)
                  .path("securityContext")
                  .path("allowPrivilegeEscalation")
                  .asBoolean(true))
          .isFalse();
    }
  }
}
