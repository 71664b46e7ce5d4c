package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object of every values file of these tests is a valid Kubernetes object. */
class OpenApiIT {

  static Stream<Path> valuesFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/values"))) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      return Stream.concat(all.stream(), Stream.of(ChartUnderTest.upstreamValues()));
    }
  }

  @ParameterizedTest
  @MethodSource("valuesFiles")
  void everyRenderedObjectValidates(Path values) {
    Rendered r = ChartUnderTest.render(values.toAbsolutePath());

    assertThat(r.objects()).isNotEmpty();
    assertThat(OpenApi.problems(r.objects())).isEmpty();
  }

  @Test
  void theValidatorRejectsUnknownFieldsAndMissingRequiredOnes() {
    Rendered r = ChartUnderTest.render();
    JsonNode api = r.deployment("api").deepCopy();
    ((ObjectNode) Rendered.podSpec(api)).putObject("nodeSelecter").put("a", "b");
    JsonNode service = r.get("Service", ChartUnderTest.FULLNAME + "-api").deepCopy();
    ((ObjectNode) service.path("spec")).put("ports", "80");
    JsonNode job = r.get("Job", ChartUnderTest.FULLNAME + "-cleanup").deepCopy();
    ((ObjectNode) Rendered.podSpec(job).path("containers").get(0)).remove("name");

    assertThat(OpenApi.problems(List.of(api, service, job)))
        .hasSize(3)
        .anyMatch(p -> p.contains("nodeSelecter"))
        .anyMatch(p -> p.startsWith("Service"))
        .anyMatch(p -> p.startsWith("Job"));
  }
}
