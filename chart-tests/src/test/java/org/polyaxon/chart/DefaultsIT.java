package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The objects a default install creates, their names, and that each is a valid Kubernetes object.
 */
class DefaultsIT {

  private final Rendered r = ChartUnderTest.render();

  @Test
  void rendersTheSeedObjectNames() {
    assertThat(r.releaseObjects())
        .extracting(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText())
        .contains(
            "Deployment/" + FULLNAME + "-api",
            "Deployment/" + FULLNAME + "-scheduler",
            "Service/" + FULLNAME + "-api",
            "ConfigMap/" + FULLNAME + "-config",
            "Secret/" + FULLNAME + "-secret",
            "ServiceAccount/" + FULLNAME,
            "ServiceAccount/" + FULLNAME + "-runs",
            "Role/" + FULLNAME + "-core",
            "RoleBinding/" + FULLNAME + "-core",
            "Deployment/polyaxon-postgresql",
            "Service/polyaxon-postgresql",
            "Deployment/polyaxon-docker-registry",
            "Service/polyaxon-docker-registry")
        .doesNotContain("Deployment/polyaxon-redis", "Ingress/" + FULLNAME);
  }

  @Test
  void everyObjectIsAValidKubernetesObject() {
    assertThat(OpenApi.problems(r.objects())).isEmpty();
  }

  @Test
  void usesStableApisOfKubernetes123() {
    assertThat(r.objects())
        .extracting(o -> o.path("apiVersion").asText())
        .allMatch(
            v ->
                List.of(
                        "v1",
                        "apps/v1",
                        "batch/v1",
                        "networking.k8s.io/v1",
                        "rbac.authorization.k8s.io/v1")
                    .contains(v));
  }

  @Test
  void apiAndSchedulerRunTheChartImageWithTheirRole() {
    JsonNode api = Rendered.container(r.deployment("api"), "api");
    JsonNode scheduler = Rendered.container(r.deployment("scheduler"), "scheduler");

    assertThat(api.path("image").asText()).isEqualTo("polyaxon/polyaxon-jvm:0.1.0");
    assertThat(api.path("args"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "server",
            "--role",
            "api",
            "--host",
            "0.0.0.0",
            "--port",
            "8000",
            "--config",
            "/etc/polyaxon/polyaxon.yaml");
    assertThat(scheduler.path("args"))
        .extracting(JsonNode::asText)
        .containsSequence("server", "--role", "scheduler");
  }
}
