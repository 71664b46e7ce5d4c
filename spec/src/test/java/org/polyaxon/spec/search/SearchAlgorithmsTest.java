package org.polyaxon.spec.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;
import org.polyaxon.spec.search.bo.BayesianOptimization;
import org.polyaxon.spec.search.grid.GridSearch;
import org.polyaxon.spec.search.hyperband.Hyperband;
import org.polyaxon.spec.search.random.RandomSearch;
import org.polyaxon.spec.search.stopping.EarlyStoppedSearch;

class SearchAlgorithmsTest {
  private static final MetricTarget LOSS = new MetricTarget("loss", Optimization.MINIMIZE);

  private static Map<String, MatrixOption> matrix() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("lr", new MatrixOption.Linspace(0.001, 0.1, 5));
    matrix.put("dropout", new MatrixOption.Values(List.of(0.2, 0.5)));
    return matrix;
  }

  private static SearchAlgorithm create(Map<String, MatrixOption> matrix, SearchConfig config) {
    return SearchAlgorithms.create(new SearchSpec(matrix, config, List.of(), 42));
  }

  @Test
  void buildsEachAlgorithmWithItsPlannedTrials() {
    assertThat(create(matrix(), GridSearchConfig.all()))
        .isInstanceOf(GridSearch.class)
        .satisfies(a -> assertThat(a.plannedTrials()).hasValue(10));
    assertThat(create(matrix(), new RandomSearchConfig(4)))
        .isInstanceOf(RandomSearch.class)
        .satisfies(a -> assertThat(a.plannedTrials()).hasValue(4));
    assertThat(
            create(matrix(), new HyperbandConfig(27, 3, "epochs", ResourceType.INT, LOSS, false)))
        .isInstanceOf(Hyperband.class)
        .satisfies(a -> assertThat(a.plannedTrials()).hasValue(Hyperband.totalTrials(27, 3)));
    assertThat(create(matrix(), new BoConfig(3, 5, LOSS, UtilityFunctionConfig.defaults())))
        .isInstanceOf(BayesianOptimization.class)
        .satisfies(a -> assertThat(a.plannedTrials()).hasValue(8));
  }

  @Test
  void wrapsTheAlgorithmWhenThereAreEarlyStoppingRules() {
    EarlyStoppingRule rule =
        new EarlyStoppingRule("loss", 0.1, Optimization.MINIMIZE, EarlyStoppingPolicy.GROUP);
    assertThat(
            SearchAlgorithms.create(
                new SearchSpec(matrix(), GridSearchConfig.all(), List.of(rule), 1)))
        .isInstanceOf(EarlyStoppedSearch.class);
  }

  @Test
  void rejectsAnEmptyMatrixAndMatricesTheAlgorithmCannotUse() {
    assertThatThrownBy(() -> create(Map.of(), GridSearchConfig.all()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requires a matrix");
    Map<String, MatrixOption> normal = Map.of("lr", new MatrixOption.Normal(0, 1));
    assertThatThrownBy(() -> create(normal, GridSearchConfig.all()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> create(normal, new BoConfig(3, 5, LOSS, UtilityFunctionConfig.defaults())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(create(normal, new RandomSearchConfig(3)).suggest(SearchHistory.empty(), 5))
        .hasSize(3);
  }

  @Test
  void configsRejectInvalidValues() {
    assertThatThrownBy(() -> new RandomSearchConfig(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HyperbandConfig(81, 1, "r", ResourceType.INT, LOSS, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GaussianProcessConfig(KernelType.MATERN, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoConfig(0, 5, LOSS, UtilityFunctionConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
