package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.artifacts.LocalArtifactRoots;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;

class ArtifactStoreFactoryTest {
  private static final PolyaxonHome HOME = new PolyaxonHome(Path.of("/srv/polyaxon"));

  @Test
  void everyAreaLivesUnderTheHomeByDefault() {
    LocalArtifactRoots roots = ArtifactStoreFactory.roots(HOME, PlatformConfig.defaults());
    assertThat(roots)
        .isEqualTo(
            new LocalArtifactRoots(
                Path.of("/srv/polyaxon/repos"),
                Path.of("/srv/polyaxon/outputs"),
                Path.of("/srv/polyaxon/logs"),
                Path.of("/srv/polyaxon/upload")));
    assertThat(ArtifactStoreFactory.maxUploadBytes(PlatformConfig.defaults()))
        .isEqualTo(1024L * 1024 * 1024);
  }

  @Test
  void theLocalExecutorPrefersHostPathsAndKubernetesMountPaths() {
    Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
    outputs.put("first", Map.of("mountPath", "/outputs", "hostPath", "/tmp/outputs"));
    outputs.put("second", Map.of("mountPath", "/other"));
    PlatformConfig local =
        PlatformConfig.defaults()
            .with(Options.PERSISTENCE_OUTPUTS, outputs)
            .with(Options.PERSISTENCE_LOGS, Map.of("mountPath", "/polyaxon-logs"));

    LocalArtifactRoots onOneMachine = ArtifactStoreFactory.roots(HOME, local);
    assertThat(onOneMachine.outputs()).isEqualTo(Path.of("/tmp/outputs"));
    assertThat(onOneMachine.logs()).isEqualTo(Path.of("/polyaxon-logs"));
    assertThat(onOneMachine.repos()).isEqualTo(Path.of("/srv/polyaxon/repos"));

    LocalArtifactRoots inPods =
        ArtifactStoreFactory.roots(HOME, local.with(Options.EXECUTOR, "kubernetes"));
    assertThat(inPods.outputs()).isEqualTo(Path.of("/outputs"));
  }

  @Test
  void bucketsAreRefusedUntilTheyAreSupported() {
    PlatformConfig config =
        PlatformConfig.defaults()
            .with(Options.PERSISTENCE_LOGS, Map.of("store", "s3", "bucket", "s3://logs"));
    assertThatThrownBy(() -> ArtifactStoreFactory.roots(HOME, config))
        .isInstanceOf(StartupException.class)
        .hasMessageStartingWith("persistence.logs: buckets (store/bucket) are not supported yet");
  }
}
