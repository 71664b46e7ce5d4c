package org.polyaxon.spec.search.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polyaxon.spec.matrix.MatrixOption;

class DistinctSamplerTest {

  private static Map<String, MatrixOption> matrix(String kind) {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("a", new MatrixOption.Range(0L, 6L, 1L));
    switch (kind) {
      case "uniform-grid" -> matrix.put("b", new MatrixOption.Values(List.of("x", "y", "z")));
      case "weighted-grid" ->
          matrix.put(
              "b",
              new MatrixOption.PValues(
                  List.of(
                      new MatrixOption.Weighted("x", 0.9), new MatrixOption.Weighted("y", 0.1))));
      default -> matrix.put("b", new MatrixOption.Uniform(0, 1));
    }
    return matrix;
  }

  @ParameterizedTest
  @ValueSource(strings = {"uniform-grid", "weighted-grid", "continuous"})
  void askingInStepsGivesTheSameSequenceAsAskingOnce(String kind) {
    DistinctSampler stepwise = new DistinctSampler(matrix(kind), 5);
    stepwise.first(2);
    stepwise.first(5);
    List<Map<String, Object>> fresh = new DistinctSampler(matrix(kind), 5).first(9);
    assertThat(stepwise.first(9)).isEqualTo(fresh);
    assertThat(new HashSet<>(fresh)).hasSize(fresh.size());
    assertThat(new DistinctSampler(matrix(kind), 6).first(9)).isNotEqualTo(fresh);
  }

  @ParameterizedTest
  @ValueSource(strings = {"uniform-grid", "weighted-grid"})
  void aDiscreteSpaceIsExhaustedExactly(String kind) {
    DistinctSampler sampler = new DistinctSampler(matrix(kind), 1);
    long size = sampler.spaceSize().orElseThrow();
    List<Map<String, Object>> all = sampler.first(1000);
    assertThat(all).hasSize((int) size);
    assertThat(new HashSet<>(all)).hasSize((int) size);
  }
}
