package org.polyaxon.spec.search.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.GridSearchConfig;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.TrialStatus;
import org.polyaxon.spec.search.Trials;

class GridSearchTest {

  private static Map<String, MatrixOption> matrix() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("lr", new MatrixOption.Logspace(-3L, -1L, 3));
    matrix.put("layers", new MatrixOption.Range(1L, 3L, 1L));
    return matrix;
  }

  @Test
  void walksTheWholeGridInOrderInBatches() {
    GridSearch search = new GridSearch(matrix(), GridSearchConfig.all());
    assertThat(search.plannedTrials()).hasValue(6);
    List<Suggestion> all = new ArrayList<>();
    for (List<Suggestion> next = search.suggest(SearchHistory.empty(), 4);
        !next.isEmpty();
        next = search.suggest(Trials.finished(all), 4)) {
      all.addAll(next);
    }
    assertThat(all).hasSize(6);
    assertThat(all.get(0).params()).containsEntry("layers", 1L);
    assertThat(all.get(1).params()).containsEntry("layers", 2L);
    assertThat(all.get(5).params()).containsEntry("lr", 0.1).containsEntry("layers", 2L);
    assertThat(search.isDone(Trials.finished(all))).isTrue();
    assertThat(search.isDone(Trials.withStatus(all, TrialStatus.RUNNING))).isFalse();
  }

  @Test
  void nExperimentsTruncatesTheGrid() {
    GridSearch search = new GridSearch(matrix(), new GridSearchConfig(OptionalLong.of(4)));
    assertThat(search.plannedTrials()).hasValue(4);
    List<Suggestion> first = search.suggest(SearchHistory.empty(), 100);
    assertThat(first).hasSize(4);
    assertThat(search.suggest(Trials.finished(first), 100)).isEmpty();
    assertThat(search.isDone(Trials.finished(first))).isTrue();
  }

  @Test
  void continuesInTheMiddleOfATenMillionPointGrid() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    for (int i = 0; i < 7; i++) {
      matrix.put("p" + i, new MatrixOption.Range(0L, 10L, 1L));
    }
    GridSearch search = new GridSearch(matrix, GridSearchConfig.all());
    assertThat(search.plannedTrials()).hasValue(10_000_000L);
    assertThat(search.grid().point(5_000_000L).values())
        .containsExactly(5L, 0L, 0L, 0L, 0L, 0L, 0L);
    List<Suggestion> three = search.suggest(SearchHistory.empty(), 3);
    assertThat(three.get(2).params().values()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 2L);
  }

  @Test
  void distributionsAreRejected() {
    assertThatThrownBy(
            () ->
                new GridSearch(
                    Map.of("lr", new MatrixOption.Uniform(0, 1)), GridSearchConfig.all()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lr");
    var pvalues = new MatrixOption.PValues(List.of(new MatrixOption.Weighted("a", 1.0)));
    assertThatThrownBy(() -> new GridSearch(Map.of("o", pvalues), GridSearchConfig.all()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
