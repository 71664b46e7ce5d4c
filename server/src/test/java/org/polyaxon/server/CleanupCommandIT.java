package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.config.ConfigLoader;
import org.polyaxon.server.config.PlatformConfig;

/** The pre-delete hook reads the namespace and run labels the chart renders. */
@EnableKubernetesMockClient(crud = true)
class CleanupCommandIT {
  KubernetesClient client;
  @TempDir Path dir;

  @Test
  void deletesTheRunsNamedByTheChartsConfiguration() throws IOException {
    Path file = dir.resolve("polyaxon.yaml");
    Files.writeString(
        file,
        "executor: kubernetes\nnamespace: ml\nrunLabels:\n"
            + "  app.kubernetes.io/managed-by: polyaxon\n  polyaxon.com/release: px\n");
    PlatformConfig config = ConfigLoader.standard().load(Optional.of(file), Map.of());
    for (String release : new String[] {"px", "px", "other"}) {
      client
          .pods()
          .inNamespace("ml")
          .resource(
              new PodBuilder()
                  .withNewMetadata()
                  .withGenerateName("plx-")
                  .withName("plx-" + release + "-" + System.nanoTime())
                  .withLabels(
                      Map.of(
                          "app.kubernetes.io/managed-by",
                          "polyaxon",
                          "polyaxon.com/release",
                          release))
                  .endMetadata()
                  .build())
          .create();
    }

    assertThat(CleanupCommand.clean(config, client))
        .isEqualTo("Deleted 2 run pods and 0 run services in namespace ml.");
    assertThat(client.pods().inNamespace("ml").list().getItems()).hasSize(1);
  }
}
