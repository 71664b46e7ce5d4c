package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polyaxon.spec.yaml.NodeValues;
import org.polyaxon.spec.yaml.YamlReader;

/** A Polyaxonfile written as JSON compiles exactly like the same file written as YAML. */
class JsonInputTest {

  static List<Path> fixtures() {
    return Fixtures.polyaxonfiles(Fixtures.VALID);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void jsonCompilesLikeYaml(Path fixture) throws IOException {
    var root = YamlReader.read(SpecSource.of(fixture)).root().orElseThrow();
    String json =
        new ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(NodeValues.toJava(root));

    ParseResult fromJson = Fixtures.parseText("polyaxonfile.json", json);
    ParseResult fromYaml = Fixtures.parse(fixture);

    assertThat(fromJson.problems()).isEmpty();
    assertThat(((ParseResult.Valid) fromJson).compiled())
        .isEqualTo(((ParseResult.Valid) fromYaml).compiled());
  }
}
