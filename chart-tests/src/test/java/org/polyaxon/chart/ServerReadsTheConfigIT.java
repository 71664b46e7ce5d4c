package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polyaxon.server.config.ConfigLoader;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;

/**
 * The contract between the chart and the server: every polyaxon.yaml the chart renders loads in the
 * server's own configuration loader without a problem or an unknown key.
 */
class ServerReadsTheConfigIT {
  @TempDir Path dir;

  static Stream<String> valuesFiles() throws IOException {
    List<String> names = new ArrayList<>();
    names.add("(defaults)");
    names.add("(upstream 0.4.4 values)");
    try (Stream<Path> files = Files.list(ChartUnderTest.values("platform.yaml").getParent())) {
      files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
    }
    return names.stream();
  }

  private PlatformConfig load(Rendered rendered) throws IOException {
    Path file = dir.resolve("polyaxon.yaml");
    Files.writeString(file, rendered.configText());
    return ConfigLoader.standard().load(Optional.of(file), Map.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesFiles")
  void everyRenderedConfigurationLoadsCleanly(String valuesFile) throws IOException {
    Rendered rendered =
        switch (valuesFile) {
          case "(defaults)" -> ChartUnderTest.render();
          case "(upstream 0.4.4 values)" -> ChartUnderTest.render(ChartUnderTest.upstreamValues());
          default -> ChartUnderTest.render(ChartUnderTest.values(valuesFile));
        };

    PlatformConfig config = load(rendered);

    assertThat(config.warnings()).as(rendered.configText()).isEmpty();
    assertThat(config.get(Options.EXECUTOR)).isEqualTo("kubernetes");
  }

  @Test
  void theServerSeesTheValuesAsTheChartMeantThem() throws IOException {
    PlatformConfig config = load(ChartUnderTest.render(ChartUnderTest.values("platform.yaml")));

    assertThat(config.get(Options.TIME_ZONE_OPTION)).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(config.get(Options.NAMESPACE)).isEqualTo("ml-runs");
    assertThat(config.get(Options.ALLOWED_HOSTS))
        .containsExactly("polyaxon.example.com", ".example.org");
    assertThat(config.get(Options.PASSWORD_LENGTH)).isEqualTo(12);
    assertThat(config.get(Options.USER_USERNAME)).isEqualTo("admin");
    assertThat(config.get(Options.USER_PASSWORD)).isNull();
    assertThat(config.get(Options.SECRET_REFS)).containsExactly("aws-creds", "gcs-key");
    assertThat(config.get(Options.EMAIL_PORT)).isEqualTo(587);
    assertThat(config.get(Options.INTERVAL_EXPERIMENTS_SCHEDULER)).isEqualTo(5);
    assertThat(config.get(Options.CLEANING_ARCHIVED_DAYS)).isEqualTo(3);
  }

  @Test
  void theDatabaseAndApiAddressesComeFromTheRelease() throws IOException {
    PlatformConfig config = load(ChartUnderTest.render());

    assertThat(config.get(Options.DATABASE_HOST)).isEqualTo("polyaxon-postgresql");
    assertThat(config.get(Options.DATABASE_NAME)).isEqualTo("polyaxon");
    assertThat(config.get(Options.API_IN_CLUSTER_URL))
        .isEqualTo("http://polyaxon-polyaxon-api.polyaxon.svc:80");
    assertThat(config.get(Options.RUN_LABELS))
        .containsEntry("app.kubernetes.io/managed-by", "polyaxon")
        .containsEntry("polyaxon.com/release", "polyaxon");
    assertThat(config.get(Options.RELEASE_FULLNAME)).isEqualTo("polyaxon-polyaxon");
  }
}
