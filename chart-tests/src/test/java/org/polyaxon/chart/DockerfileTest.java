package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image the chart runs (no Docker engine here to build it): multi-stage, the server jar and its
 * libraries, a non-root uid matching the chart's runAsUser, the chart's entrypoint contract.
 */
class DockerfileTest {

  private static final Path ROOT =
      Path.of(System.getProperty("polyaxon.chart.dir", "../charts/polyaxon")).resolve("../..");

  @Test
  void multiStageBuildOfTheServerRunningAsUid1000() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
    String text = String.join("\n", lines);

    assertThat(lines.stream().filter(l -> l.startsWith("FROM ")))
        .containsExactly("FROM eclipse-temurin:17-jdk AS build", "FROM eclipse-temurin:17-jre");
    assertThat(text)
        .contains(
            "./mvnw -B --no-transfer-progress -DskipTests -Dspotless.check.skip=true package -pl server -am")
        .contains("COPY --from=build /src/server/target/polyaxon.jar /opt/polyaxon/polyaxon.jar")
        .contains("COPY --from=build /src/server/target/lib/ /opt/polyaxon/lib/")
        .contains("USER 1000:1000")
        .contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/polyaxon/polyaxon.jar\"]");
  }

  @Test
  void buildOutputsStayOutOfTheContext() throws IOException {
    assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains("**/target/", ".git");
  }
}
