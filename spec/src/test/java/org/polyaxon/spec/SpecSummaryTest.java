package org.polyaxon.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The summaries of the upstream fixtures match what polyaxon_schemas 0.4.4 computed for them (the
 * fixtures' README lists the group concurrencies and the cluster definitions).
 */
class SpecSummaryTest {

  private static SpecSummary summary(String fixture) {
    ParseResult result = Fixtures.parse(Fixtures.VALID.resolve(fixture));
    return SpecSummary.of(((ParseResult.Valid) result).spec());
  }

  @ParameterizedTest
  @CsvSource({
    "examples__tensorflow_cifar10__polyaxonfile_hyperparams.yml, 10, random_search, 5",
    "quickstart__polyaxonfile_hyperparams_bo.yml, 55, bo, 40",
    "quickstart__polyaxonfile_hyperparams_early_stopping.yml, 10, random_search, 2",
    "quickstart__polyaxonfile_hyperparams_grid.yml, 20, grid_search, 5",
    "quickstart__polyaxonfile_hyperparams_hyperband.yml, 611, hyperband, 20",
    "schemas__run_exec_matrix_sampling_file.yml, 5, random_search, 1",
  })
  void groups(String fixture, long experiments, String algorithm, int concurrency) {
    SpecSummary summary = summary(fixture);

    assertThat(summary.kind()).isEqualTo("group");
    assertThat(summary.experiments()).isEqualTo(experiments);
    assertThat(summary.algorithm()).isEqualTo(algorithm);
    assertThat(summary.concurrency()).isEqualTo(concurrency);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "examples__kubeflow_tfjob__polyaxonfile.yaml | {master=1, worker=2, ps=0}",
        "examples__mpijob__polyaxonfile.yaml | {worker=2}",
        "schemas__distributed_mxnet_file.yml | {master=1, worker=5, server=10}",
        "schemas__distributed_tensorflow_with_node_selectors_file.yml | {master=1, worker=5, ps=10}",
        "schemas__distributed_horovod_file.yml | {master=1, worker=5}",
        "quickstart__polyaxonfile.yml | {}",
      })
  void clusters(String fixture, String cluster) {
    Map<String, Long> actual = summary(fixture).cluster();

    assertThat(actual.toString()).isEqualTo(cluster);
  }
}
