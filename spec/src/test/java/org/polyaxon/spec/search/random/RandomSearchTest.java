package org.polyaxon.spec.search.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.RandomSearchConfig;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.TrialStatus;
import org.polyaxon.spec.search.Trials;

class RandomSearchTest {

  private static Map<String, MatrixOption> smallDiscrete() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("lr", new MatrixOption.Values(List.of(0.1, 0.01, 0.001)));
    matrix.put("layers", new MatrixOption.Range(1L, 5L, 1L));
    return matrix;
  }

  private static List<Suggestion> runToTheEnd(RandomSearch search) {
    List<Suggestion> all = new ArrayList<>();
    while (true) {
      List<Suggestion> next = search.suggest(Trials.finished(all), 3);
      if (next.isEmpty()) {
        return all;
      }
      all.addAll(next);
    }
  }

  @Test
  void samplesAreDistinctOnADiscreteSpace() {
    RandomSearch search = new RandomSearch(smallDiscrete(), new RandomSearchConfig(10), 7);
    List<Suggestion> all = runToTheEnd(search);
    assertThat(all).hasSize(10);
    assertThat(new HashSet<>(all.stream().map(Suggestion::params).toList())).hasSize(10);
    assertThat(search.isDone(Trials.finished(all))).isTrue();
  }

  @Test
  void nExperimentsIsCappedAtTheSizeOfTheSpace() {
    RandomSearch search = new RandomSearch(smallDiscrete(), new RandomSearchConfig(100), 7);
    assertThat(search.plannedTrials()).hasValue(12);
    List<Suggestion> all = runToTheEnd(search);
    assertThat(all).hasSize(12);
    assertThat(new HashSet<>(all.stream().map(Suggestion::params).toList())).hasSize(12);
  }

  @Test
  void weightedDiscreteSpaceIsExhaustedWithoutRepeats() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put(
        "opt",
        new MatrixOption.PValues(
            List.of(
                new MatrixOption.Weighted("adam", 0.98),
                new MatrixOption.Weighted("sgd", 0.01),
                new MatrixOption.Weighted("rms", 0.01))));
    matrix.put("bs", new MatrixOption.Values(List.of(16L, 32L)));
    List<Suggestion> all = runToTheEnd(new RandomSearch(matrix, new RandomSearchConfig(50), 3));
    assertThat(all).hasSize(6);
    assertThat(new HashSet<>(all.stream().map(Suggestion::params).toList())).hasSize(6);
  }

  @Test
  void continuationFromAHistoryMatchesOneLongRun() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("lr", new MatrixOption.LogUniform(-5, 0));
    matrix.put("opt", new MatrixOption.Values(List.of("adam", "sgd")));
    RandomSearch search = new RandomSearch(matrix, new RandomSearchConfig(8), 11);
    List<Suggestion> inOneGo = search.suggest(SearchHistory.empty(), 8);
    List<Suggestion> stepwise = runToTheEnd(search);
    assertThat(stepwise).isEqualTo(inOneGo);
    assertThat(
            new RandomSearch(matrix, new RandomSearchConfig(8), 12)
                .suggest(SearchHistory.empty(), 8))
        .isNotEqualTo(inOneGo);
  }

  @Test
  void notDoneWhileATrialRuns() {
    RandomSearch search = new RandomSearch(smallDiscrete(), new RandomSearchConfig(2), 1);
    List<Suggestion> all = search.suggest(SearchHistory.empty(), 5);
    assertThat(all).hasSize(2);
    assertThat(search.isDone(Trials.withStatus(all, TrialStatus.RUNNING))).isFalse();
    assertThat(search.isDone(Trials.finished(all))).isTrue();
  }

  @Test
  void largeDiscreteSpaceGivesUniformDistinctSamples() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("a", new MatrixOption.Range(0L, 1000L, 1L));
    matrix.put("b", new MatrixOption.Range(0L, 1000L, 1L));
    List<Suggestion> all =
        new RandomSearch(matrix, new RandomSearchConfig(2000), 5)
            .suggest(SearchHistory.empty(), 2000);
    assertThat(new HashSet<>(all.stream().map(Suggestion::params).toList())).hasSize(2000);
    double meanA = all.stream().mapToLong(s -> (Long) s.params().get("a")).average().orElseThrow();
    assertThat(meanA).isBetween(480.0, 520.0);
  }
}
