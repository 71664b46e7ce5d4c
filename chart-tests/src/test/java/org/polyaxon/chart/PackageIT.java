package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart as a repository would publish it: one archive, sub-charts inside, no repository. */
class PackageIT {

  @Test
  void thePackagedChartRendersWithItsSubChartsOffline(@TempDir Path dir) {
    FakeKubeApi.get();
    new Helm(ChartUnderTest.DIR).packageIt().withDestination(dir).call();
    Path archive = dir.resolve("polyaxon-0.1.0.tgz");

    assertThat(Files.isRegularFile(archive)).isTrue();
    Rendered r =
        Rendered.parse(
            new Helm(archive)
                .template()
                .withName(ChartUnderTest.RELEASE)
                .withNamespace(ChartUnderTest.NAMESPACE)
                .withKubeVersion(ChartUnderTest.KUBE_VERSION)
                .set("redis.enabled", true)
                .call());
    assertThat(r.find("Deployment", "polyaxon-postgresql")).isPresent();
    assertThat(r.find("Deployment", "polyaxon-redis")).isPresent();
    assertThat(r.find("Deployment", "polyaxon-docker-registry")).isPresent();
    assertThat(r.find("Deployment", ChartUnderTest.FULLNAME + "-api")).isPresent();
  }
}
