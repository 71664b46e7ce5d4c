package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.polyaxon.spec.compile.SpecCompiler;

/**
 * Whatever the bytes, the parser returns a result: a valid file with its compiled form, or problems
 * with real positions. It never throws.
 *
 * <p>Under {@code ./mvnw verify} this runs twice: once in regression mode on the seeds in {@code
 * PolyaxonfileParserFuzzTestInputs/} (and any findings saved there), and once fuzzing for a few
 * seconds (the {@code fuzz} surefire execution of spec/pom.xml). For a longer run see
 * docs/polyaxonfile.md.
 */
class PolyaxonfileParserFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void parserOnlyReportsProblems(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);

    ParseResult result = PolyaxonfileParser.parse(new SpecSource("fuzz.yml", text));

    if (result instanceof ParseResult.Valid valid) {
      assertThat(SpecCompiler.fromJson(valid.compiled())).isEqualTo(valid.spec());
      SpecSummary.of(valid.spec());
    } else {
      assertThat(result.problems()).isNotEmpty();
      for (Problem problem : result.problems()) {
        assertThat(problem.file()).isEqualTo("fuzz.yml");
        assertThat(problem.line()).isPositive();
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).isNotBlank();
      }
    }
  }
}
