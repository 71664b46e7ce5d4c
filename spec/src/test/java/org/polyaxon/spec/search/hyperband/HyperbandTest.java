package org.polyaxon.spec.search.hyperband;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.HyperbandConfig;
import org.polyaxon.spec.search.MetricTarget;
import org.polyaxon.spec.search.Optimization;
import org.polyaxon.spec.search.ResourceType;
import org.polyaxon.spec.search.RungPlacement;
import org.polyaxon.spec.search.SearchHistory;
import org.polyaxon.spec.search.Suggestion;
import org.polyaxon.spec.search.Trial;
import org.polyaxon.spec.search.TrialStatus;

class HyperbandTest {
  private static final Map<String, MatrixOption> MATRIX =
      Map.of("x", new MatrixOption.Uniform(0, 1));
  private static final ToDoubleFunction<Trial> X = t -> (Double) t.suggestion().params().get("x");

  private static Hyperband hyperband(Optimization optimization, ResourceType type, boolean resume) {
    return new Hyperband(
        MATRIX,
        new HyperbandConfig(
            81, 3, "num_steps", type, new MetricTarget("loss", optimization), resume),
        17);
  }

  /** Appends the suggestions as trials, finished with {@code loss = x}, ids counting from 1. */
  private static List<Trial> finish(List<Trial> history, List<Suggestion> suggestions) {
    List<Trial> trials = new ArrayList<>(history);
    for (Suggestion s : suggestions) {
      double x = (Double) s.params().get("x");
      trials.add(new Trial(trials.size() + 1, s, TrialStatus.SUCCEEDED, Map.of("loss", x)));
    }
    return trials;
  }

  private static RungPlacement placement(Suggestion s) {
    return s.rung().orElseThrow();
  }

  @Test
  void firstRungSamplesEightyOneConfigurationsWithResourceOne() {
    List<Suggestion> first =
        hyperband(Optimization.MINIMIZE, ResourceType.INT, false)
            .suggest(SearchHistory.empty(), 1000);
    assertThat(first).hasSize(81);
    assertThat(first).allSatisfy(s -> assertThat(s.params()).containsEntry("num_steps", 1L));
    assertThat(first).allSatisfy(s -> assertThat(placement(s).bracket()).isEqualTo(4));
    assertThat(first).allSatisfy(s -> assertThat(placement(s).promotedFrom()).isEmpty());
  }

  @Test
  void suggestsInBatchesAndWaitsForTheRungToFinish() {
    Hyperband hb = hyperband(Optimization.MINIMIZE, ResourceType.INT, false);
    List<Suggestion> batch1 = hb.suggest(SearchHistory.empty(), 50);
    List<Trial> history = finish(List.of(), batch1);
    List<Suggestion> batch2 = hb.suggest(new SearchHistory(history), 50);
    assertThat(batch1).hasSize(50);
    assertThat(batch2).hasSize(31);
    // The batches continue one sequence: asking for all 81 at once gives the same points.
    List<Suggestion> all = hb.suggest(SearchHistory.empty(), 81);
    assertThat(all.subList(50, 81)).isEqualTo(batch2);

    List<Trial> running = new ArrayList<>(finish(history, batch2));
    Trial last = running.remove(running.size() - 1);
    running.add(new Trial(last.id(), last.suggestion(), TrialStatus.RUNNING, Map.of()));
    assertThat(hb.suggest(new SearchHistory(running), 50)).isEmpty();
    assertThat(hb.isDone(new SearchHistory(running))).isFalse();
  }

  @Test
  void successiveHalvingPromotesTheLowestThirdWhenMinimising() {
    Hyperband hb = hyperband(Optimization.MINIMIZE, ResourceType.INT, false);
    List<Trial> rung0 = finish(List.of(), hb.suggest(SearchHistory.empty(), 1000));
    List<Suggestion> rung1 = hb.suggest(new SearchHistory(rung0), 1000);

    List<Trial> best27 = rung0.stream().sorted(Comparator.comparingDouble(X)).limit(27).toList();
    assertThat(rung1).hasSize(27);
    assertThat(rung1.stream().map(s -> placement(s).promotedFrom().getAsLong()))
        .containsExactlyElementsOf(best27.stream().map(Trial::id).toList());
    assertThat(rung1).allSatisfy(s -> assertThat(s.params()).containsEntry("num_steps", 3L));
    assertThat(rung1).allSatisfy(s -> assertThat(placement(s).rung()).isEqualTo(1));
    assertThat(rung1.get(0).params().get("x"))
        .isEqualTo(best27.get(0).suggestion().params().get("x"));
  }

  @Test
  void successiveHalvingPromotesTheHighestThirdWhenMaximising() {
    Hyperband hb = hyperband(Optimization.MAXIMIZE, ResourceType.INT, false);
    List<Trial> rung0 = finish(List.of(), hb.suggest(SearchHistory.empty(), 1000));
    List<Suggestion> rung1 = hb.suggest(new SearchHistory(rung0), 1000);
    List<Long> best27 =
        rung0.stream()
            .sorted(Comparator.comparingDouble(X).reversed())
            .limit(27)
            .map(Trial::id)
            .toList();
    assertThat(rung1.stream().map(s -> placement(s).promotedFrom().getAsLong()))
        .containsExactlyElementsOf(best27);
  }

  @Test
  void runsEveryBracketToTheEnd() {
    Hyperband hb = hyperband(Optimization.MINIMIZE, ResourceType.INT, false);
    List<Trial> history = new ArrayList<>();
    List<Integer> bracketStarts = new ArrayList<>();
    for (List<Suggestion> next = hb.suggest(SearchHistory.empty(), 1000);
        !next.isEmpty();
        next = hb.suggest(new SearchHistory(history), 1000)) {
      if (placement(next.get(0)).rung() == 0) {
        bracketStarts.add(next.size());
      }
      history = finish(history, next);
    }
    assertThat(history).hasSize(206);
    assertThat(hb.plannedTrials()).hasValue(206);
    assertThat(bracketStarts).containsExactly(81, 34, 15, 8, 5);
    assertThat(hb.isDone(new SearchHistory(history))).isTrue();
    // The last trial of bracket s=4 ran with the full resource.
    assertThat(history.get(120).suggestion().params()).containsEntry("num_steps", 81L);
  }

  @Test
  void resumeNamesTheTrialToContinueAndFloatResourcesStayFloats() {
    Hyperband hb = hyperband(Optimization.MINIMIZE, ResourceType.FLOAT, true);
    List<Suggestion> rung0Suggestions = hb.suggest(SearchHistory.empty(), 1000);
    assertThat(rung0Suggestions)
        .allSatisfy(s -> assertThat(s.params()).containsEntry("num_steps", 1.0));
    assertThat(rung0Suggestions).noneMatch(s -> placement(s).resume());
    List<Trial> rung0 = finish(List.of(), rung0Suggestions);
    List<Suggestion> rung1 = hb.suggest(new SearchHistory(rung0), 1000);
    assertThat(rung1).allSatisfy(s -> assertThat(placement(s).resume()).isTrue());
    assertThat(rung1).allSatisfy(s -> assertThat(s.params()).containsEntry("num_steps", 3.0));
    assertThat(placement(rung1.get(0)).resource()).isEqualTo(3.0);
  }

  @Test
  void trialsWithoutTheMetricAreNeverPromoted() {
    Hyperband hb = hyperband(Optimization.MINIMIZE, ResourceType.INT, false);
    List<Suggestion> rung0Suggestions = hb.suggest(SearchHistory.empty(), 1000);
    List<Trial> rung0 = new ArrayList<>();
    for (int i = 0; i < rung0Suggestions.size(); i++) {
      Suggestion s = rung0Suggestions.get(i);
      boolean ok = i < 10;
      double x = (Double) s.params().get("x");
      rung0.add(
          new Trial(
              i + 1,
              s,
              ok ? TrialStatus.SUCCEEDED : TrialStatus.FAILED,
              ok ? Map.of("loss", x) : Map.of()));
    }
    List<Suggestion> rung1 = hb.suggest(new SearchHistory(rung0), 1000);
    assertThat(rung1).hasSize(10);
    assertThat(rung1)
        .allSatisfy(
            s -> assertThat(placement(s).promotedFrom().getAsLong()).isLessThanOrEqualTo(10));
  }

  @Test
  void resourceMustNotClashWithTheMatrix() {
    assertThatThrownBy(
            () ->
                new Hyperband(
                    Map.of("num_steps", new MatrixOption.Uniform(0, 1)),
                    new HyperbandConfig(
                        9,
                        3,
                        "num_steps",
                        ResourceType.INT,
                        new MetricTarget("loss", Optimization.MINIMIZE),
                        false),
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
