package org.polyaxon.spec.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.model.GroupSpec;

class GroupSizeTest {

  private static long sizeOf(String hptuning) {
    String text =
        "version: 1\nkind: group\nbuild: {image: x}\nhptuning:\n"
            + hptuning.indent(2)
            + "run: {cmd: train}\n";
    ParseResult result = PolyaxonfileParser.parse(new SpecSource("g.yml", text));
    assertThat(result.problems()).isEmpty();
    return GroupSize.of(((GroupSpec) ((ParseResult.Valid) result).spec()).hptuning());
  }

  @Test
  void gridIsTheProductOfTheOptionSizes() {
    assertThat(
            sizeOf(
                """
                matrix:
                  a: {values: [1, 2, 3]}
                  b: {range: [0, 10, 3]}
                  c: {linspace: "0:1:5"}
                  d: {logspace: {start: 0, stop: 2, num: 2}}
                """))
        .isEqualTo(3 * 4 * 5 * 2);
  }

  @Test
  void gridIsTruncatedByNExperiments() {
    assertThat(
            sizeOf(
                """
                grid_search: {n_experiments: 7}
                matrix:
                  a: {values: [1, 2, 3]}
                  b: {values: [1, 2, 3]}
                """))
        .isEqualTo(7);
  }

  @Test
  void randomIsNExperimentsCappedAtADiscreteSpace() {
    assertThat(
            sizeOf(
                """
                random_search: {n_experiments: 50}
                matrix:
                  a: {values: [1, 2, 3]}
                  b: {pvalues: [[x, 0.5], [y, 0.5]]}
                """))
        .isEqualTo(6);
    assertThat(
            sizeOf(
                """
                random_search: {n_experiments: 50}
                matrix:
                  a: {values: [1, 2, 3]}
                  b: {uniform: [0, 1]}
                """))
        .isEqualTo(50);
  }

  @Test
  void boIsInitialTrialsPlusIterations() {
    assertThat(
            sizeOf(
                """
                bo: {n_initial_trials: 40, n_iterations: 15, metric: {name: loss}}
                matrix:
                  a: {uniform: [0, 1]}
                """))
        .isEqualTo(55);
  }

  @ParameterizedTest
  @CsvSource({
    // max_iter, eta, trials, worked out by hand from Li et al.'s brackets (s_max down to 0):
    // 81/3: 81+27+9+3+1, 34+11+3+1, 15+5+1, 8+2, 5 = 121 + 49 + 21 + 10 + 5
    "81, 3, 206",
    // 9/3: 9+3+1, 5+1, 3 = 13 + 6 + 3
    "9, 3, 22",
    // 27/3: 27+9+3+1, 12+4+1, 6+2, 4 = 40 + 17 + 8 + 4
    "27, 3, 69",
    "1, 3, 1",
  })
  void hyperbandCountsEveryRungOfEveryBracket(long maxIter, int eta, long trials) {
    assertThat(
            sizeOf(
                "hyperband:\n"
                    + "  max_iter: "
                    + maxIter
                    + "\n"
                    + "  eta: "
                    + eta
                    + "\n"
                    + "  resource: {name: steps, type: int}\n"
                    + "  metric: {name: loss, optimization: minimize}\n"
                    + "matrix:\n"
                    + "  a: {uniform: [0, 1]}\n"))
        .isEqualTo(trials);
  }

  @Test
  void hyperbandWithoutAResourceTypeOrOptimizationUsesTheDefaults() {
    assertThat(
            sizeOf(
                """
                hyperband:
                  max_iter: 9
                  eta: 3
                  resource: {name: steps}
                  metric: {name: loss}
                matrix:
                  a: {uniform: [0, 1]}
                """))
        .isEqualTo(22);
  }
}
