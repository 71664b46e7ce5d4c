package org.polyaxon.spec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.yaml.NodeValues;
import org.polyaxon.spec.yaml.YamlReader;

/**
 * The generated JSON Schema accepts every valid fixture and rejects structurally invalid files; the
 * copy published in {@code docs/} is the generated one.
 */
class JsonSchemaTest {

  private static final Path PUBLISHED = Path.of("../docs/polyaxonfile.schema.json");
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(PolyaxonfileSchema.jsonSchemaText(), InputFormat.JSON);

  /** Reads YAML the way the parser does, so that both see the same values. */
  private static List<Error> validate(Path file) throws IOException {
    var root = YamlReader.read(SpecSource.of(file)).root().orElseThrow();
    String json = new ObjectMapper().writeValueAsString(NodeValues.toJava(root));
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static Stream<Path> validFixtures() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/valid"))) {
      return files.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void acceptsEveryValidFixture(Path fixture) throws IOException {
    assertThat(validate(fixture)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "missing_version_and_kind.yml",
        "unknown_kind.yml",
        "unexpected_sections.yml",
        "unknown_nested_keys.yml",
        "wrong_types.yml",
        "job_without_build.yml",
        "bad_matrix_options.yml",
        "random_without_n_experiments.yml",
        "invalid.json",
        "unsupported_version.yml",
      })
  void rejectsStructurallyInvalidFiles(String name) throws IOException {
    assertThat(validate(Path.of("src/test/resources/invalid", name))).isNotEmpty();
  }

  @Test
  void thePublishedSchemaIsTheGeneratedOne() throws IOException {
    String generated = PolyaxonfileSchema.jsonSchemaText();
    if ("write".equals(System.getProperty("polyaxon.goldens"))) {
      Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8))
        .as("docs/polyaxonfile.schema.json (regenerate with -Dpolyaxon.goldens=write)")
        .isEqualTo(generated);
  }

  @Test
  void everySectionOfTheValidatorIsInTheSchema() throws IOException {
    var defs = new ObjectMapper().readTree(PolyaxonfileSchema.jsonSchemaText()).get("$defs");
    for (String kind : PolyaxonfileSchema.KINDS) {
      var properties = defs.get(kind + "File").get("properties");
      for (Field field : PolyaxonfileSchema.forKind(kind).fields()) {
        assertThat(properties.has(field.name())).as("%s.%s", kind, field.name()).isTrue();
      }
    }
  }
}
