package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** dirs.nvidia.* and mountPaths.nvidia.*: GPU paths for run pods, passed to the platform. */
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
  void emptyMountPathsReachThePlatformWhichThenReusesTheHostPaths() {
    Rendered noMounts =
        ChartUnderTest.render(
            java.util.Map.of(
                "mountPaths.nvidia.lib", "",
                "mountPaths.nvidia.bin", "",
                "mountPaths.nvidia.libcuda", ""),
            ChartUnderTest.values("gpu.yaml"));
    JsonNode c = noMounts.config();

    assertThat(c.path("mountPaths").path("nvidia").path("lib").asText()).isEmpty();
    assertThat(c.path("dirs").path("nvidia").path("bin").asText())
        .isEqualTo("/usr/lib/nvidia-384/bin");
  }
}
