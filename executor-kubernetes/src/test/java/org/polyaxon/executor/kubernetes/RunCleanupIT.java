package org.polyaxon.executor.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pre-delete clean-up against fabric8's mock API server (CRUD mode). */
@EnableKubernetesMockClient(crud = true)
class RunCleanupIT {
  static final Map<String, String> RUN_LABELS =
      Map.of("app.kubernetes.io/managed-by", "polyaxon", "polyaxon.com/release", "px");

  KubernetesClient client;

  private void pod(String namespace, String name, Map<String, String> labels) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .withLabels(labels)
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("main")
            .withImage("busybox")
            .endContainer()
            .endSpec()
            .build();
    client.pods().inNamespace(namespace).resource(pod).create();
  }

  private void service(String namespace, String name, Map<String, String> labels) {
    Service service =
        new ServiceBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .withLabels(labels)
            .endMetadata()
            .withNewSpec()
            .addNewPort()
            .withPort(2222)
            .endPort()
            .endSpec()
            .build();
    client.services().inNamespace(namespace).resource(service).create();
  }

  @Test
  void deletesOnlyTheReleasesRunPodsAndServicesInTheNamespace() {
    pod("ml", "plx-aaa-master-0", RUN_LABELS);
    pod("ml", "plx-bbb-master-0", RUN_LABELS);
    service("ml", "plx-aaa-master-0", RUN_LABELS);
    pod("ml", "px-polyaxon-api-1", Map.of("app.kubernetes.io/name", "polyaxon"));
    pod(
        "ml",
        "other-release-run",
        Map.of("app.kubernetes.io/managed-by", "polyaxon", "polyaxon.com/release", "other"));
    pod("elsewhere", "plx-ccc-master-0", RUN_LABELS);

    RunCleanup.Result result = new RunCleanup(client).clean("ml", RUN_LABELS);

    assertThat(result).isEqualTo(new RunCleanup.Result(2, 1));
    assertThat(client.pods().inNamespace("ml").list().getItems())
        .extracting(p -> p.getMetadata().getName())
        .containsExactlyInAnyOrder("px-polyaxon-api-1", "other-release-run");
    assertThat(client.services().inNamespace("ml").list().getItems()).isEmpty();
    assertThat(client.pods().inNamespace("elsewhere").list().getItems()).hasSize(1);
  }

  @Test
  void anEmptyNamespaceIsFineAndNoLabelsIsRefused() {
    assertThat(new RunCleanup(client).clean("empty", RUN_LABELS))
        .isEqualTo(new RunCleanup.Result(0, 0));
    assertThatThrownBy(() -> new RunCleanup(client).clean("ml", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Refusing to clean up without run labels");
  }
}
