package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** dirs.nvidia.* and mountPaths.nvidia.*: GPU paths for run pods and the resources monitor. */
class GpuIT {

  private final Rendered r = ChartUnderTest.render(ChartUnderTest.values("gpu.yaml"));

  @Test
  void pathsReachThePlatformConfigurationForGpuRuns() {
    JsonNode c = r.config();

    assertThat(c.path("dirs").path("nvidia").path("lib").asText()).isEqualTo("/usr/lib/nvidia-384");
    assertThat(c.path("dirs").path("nvidia").path("libcuda").asText())
        .isEqualTo("/usr/lib/x86_64-linux-gnu/libcuda.so.1");
    assertThat(c.path("mountPaths").path("nvidia").path("bin").asText())
        .isEqualTo("/usr/local/nvidia/bin");
  }

  @Test
  void theResourcesMonitorMountsTheDriverAtTheMountPaths() {
    JsonNode ds = r.get("DaemonSet", FULLNAME + "-resources");
    JsonNode container = Rendered.container(ds, "resources");

    assertThat(
            Rendered.named(Rendered.podSpec(ds).path("volumes"), "nvidia-lib")
                .orElseThrow()
                .path("hostPath")
                .path("path")
                .asText())
        .isEqualTo("/usr/lib/nvidia-384");
    assertThat(
            Rendered.named(container.path("volumeMounts"), "nvidia-libcuda")
                .orElseThrow()
                .path("mountPath")
                .asText())
        .isEqualTo("/usr/local/nvidia/libcuda.so.1");
    assertThat(Rendered.env(container, "LD_LIBRARY_PATH").path("value").asText())
        .isEqualTo("/usr/local/nvidia/lib:/usr/local/nvidia/libcuda.so.1");
  }

  @Test
  void withoutMountPathsTheHostPathsAreReused() {
    Rendered noMounts =
        ChartUnderTest.render(
            java.util.Map.of(
                "mountPaths.nvidia.lib", "",
                "mountPaths.nvidia.bin", "",
                "mountPaths.nvidia.libcuda", ""),
            ChartUnderTest.values("gpu.yaml"));
    JsonNode container =
        Rendered.container(noMounts.get("DaemonSet", FULLNAME + "-resources"), "resources");

    assertThat(
            Rendered.named(container.path("volumeMounts"), "nvidia-bin")
                .orElseThrow()
                .path("mountPath")
                .asText())
        .isEqualTo("/usr/lib/nvidia-384/bin");
  }

  @Test
  void noDriverVolumesUnlessAllThreeDirsAreSet() {
    Rendered partial =
        ChartUnderTest.render(
            java.util.Map.of("resourcesDaemon.enabled", true, "dirs.nvidia.lib", "/usr/lib/x"));
    JsonNode ds = partial.get("DaemonSet", FULLNAME + "-resources");

    assertThat(Rendered.named(Rendered.podSpec(ds).path("volumes"), "nvidia-lib")).isEmpty();
    assertThat(Rendered.env(Rendered.container(ds, "resources"), "LD_LIBRARY_PATH").isMissingNode())
        .isTrue();
  }
}
