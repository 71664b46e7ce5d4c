package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polyaxon.spec.compile.SpecCompiler;

/**
 * Every upstream fixture validates and compiles to its golden {@code .out.json}. To regenerate the
 * goldens after a deliberate change of the compiled form, run {@code ./mvnw -pl spec verify
 * -Dtest=ValidFixturesTest -Dpolyaxon.goldens=write} and review the diff.
 */
class ValidFixturesTest {

  private static final boolean WRITE = "write".equals(System.getProperty("polyaxon.goldens"));

  static List<Path> fixtures() {
    return Fixtures.polyaxonfiles(Fixtures.VALID);
  }

  @Test
  void allUpstreamFixturesArePresent() {
    assertThat(fixtures()).hasSize(20);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void validatesAndCompilesToItsGolden(Path fixture) throws IOException {
    ParseResult result = Fixtures.parse(fixture);

    assertThat(result.problems()).isEmpty();
    String compiled = ((ParseResult.Valid) result).compiled();
    Path golden = Fixtures.golden(fixture);
    if (WRITE) {
      Files.writeString(golden, compiled, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden %s (regenerate with -Dpolyaxon.goldens=write)", golden).exists();
    assertThat(compiled).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void compiledFormReadsBackToTheSameModel(Path fixture) {
    ParseResult.Valid valid = (ParseResult.Valid) Fixtures.parse(fixture);

    assertThat(SpecCompiler.fromJson(valid.compiled())).isEqualTo(valid.spec());
  }
}
