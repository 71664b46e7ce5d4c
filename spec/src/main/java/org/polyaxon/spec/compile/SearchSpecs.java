package org.polyaxon.spec.compile;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.polyaxon.spec.model.BayesianOptimization;
import org.polyaxon.spec.model.EarlyStopping;
import org.polyaxon.spec.model.GaussianProcess;
import org.polyaxon.spec.model.Hptuning;
import org.polyaxon.spec.model.Hyperband;
import org.polyaxon.spec.model.SearchMetric;
import org.polyaxon.spec.model.UtilityFunction;
import org.polyaxon.spec.search.AcquisitionFunction;
import org.polyaxon.spec.search.BoConfig;
import org.polyaxon.spec.search.EarlyStoppingPolicy;
import org.polyaxon.spec.search.EarlyStoppingRule;
import org.polyaxon.spec.search.GaussianProcessConfig;
import org.polyaxon.spec.search.GridSearchConfig;
import org.polyaxon.spec.search.HyperbandConfig;
import org.polyaxon.spec.search.KernelType;
import org.polyaxon.spec.search.MetricTarget;
import org.polyaxon.spec.search.Optimization;
import org.polyaxon.spec.search.RandomSearchConfig;
import org.polyaxon.spec.search.ResourceType;
import org.polyaxon.spec.search.SearchConfig;
import org.polyaxon.spec.search.SearchSpec;
import org.polyaxon.spec.search.UtilityFunctionConfig;

/**
 * Maps a validated {@code hptuning} section onto the search package's configuration, the one place
 * where the Polyaxonfile model meets the algorithms.
 */
public final class SearchSpecs {
  private SearchSpecs() {}

  /**
   * The search a group runs. {@code fallbackSeed} is used when the file sets no {@code seed}; the
   * scheduler passes something stable per group (its id), never the time.
   */
  public static SearchSpec from(Hptuning hptuning, long fallbackSeed) {
    long seed = hptuning.seed() != null ? hptuning.seed() : fallbackSeed;
    List<EarlyStoppingRule> rules =
        hptuning.earlyStopping() == null
            ? List.of()
            : hptuning.earlyStopping().stream().map(SearchSpecs::rule).toList();
    return new SearchSpec(hptuning.matrix(), algorithm(hptuning), rules, seed);
  }

  private static SearchConfig algorithm(Hptuning hptuning) {
    if (hptuning.randomSearch() != null) {
      return new RandomSearchConfig(saturatedInt(hptuning.randomSearch().nExperiments()));
    }
    if (hptuning.hyperband() != null) {
      Hyperband h = hptuning.hyperband();
      return new HyperbandConfig(
          saturatedInt(h.maxIter()),
          h.eta().doubleValue(),
          h.resource().name(),
          h.resource().type() == null
              ? ResourceType.FLOAT
              : ResourceType.valueOf(h.resource().type().toUpperCase(Locale.ROOT)),
          metric(h.metric()),
          Boolean.TRUE.equals(h.resume()));
    }
    if (hptuning.bo() != null) {
      BayesianOptimization bo = hptuning.bo();
      return new BoConfig(
          saturatedInt(bo.nInitialTrials()),
          saturatedInt(bo.nIterations()),
          metric(bo.metric()),
          utility(bo.utilityFunction()));
    }
    Long limit = hptuning.gridSearch() == null ? null : hptuning.gridSearch().nExperiments();
    return new GridSearchConfig(limit == null ? OptionalLong.empty() : OptionalLong.of(limit));
  }

  private static UtilityFunctionConfig utility(UtilityFunction u) {
    UtilityFunctionConfig defaults = UtilityFunctionConfig.defaults();
    if (u == null) {
      return defaults;
    }
    return new UtilityFunctionConfig(
        u.acquisitionFunction() == null
            ? defaults.acquisition()
            : AcquisitionFunction.valueOf(u.acquisitionFunction().toUpperCase(Locale.ROOT)),
        u.kappa() == null ? defaults.kappa() : u.kappa().doubleValue(),
        u.eps() == null ? defaults.eps() : u.eps().doubleValue(),
        u.nWarmup() == null ? defaults.nWarmup() : saturatedInt(u.nWarmup()),
        u.nIter() == null ? defaults.nIter() : saturatedInt(u.nIter()),
        gaussianProcess(u.gaussianProcess(), defaults.gaussianProcess()));
  }

  private static GaussianProcessConfig gaussianProcess(
      GaussianProcess gp, GaussianProcessConfig defaults) {
    if (gp == null) {
      return defaults;
    }
    return new GaussianProcessConfig(
        gp.kernel() == null
            ? defaults.kernel()
            : KernelType.valueOf(gp.kernel().toUpperCase(Locale.ROOT)),
        gp.lengthScale() == null ? defaults.lengthScale() : gp.lengthScale().doubleValue(),
        gp.nu() == null ? defaults.nu() : gp.nu().doubleValue(),
        gp.nRestartsOptimizer() == null
            ? defaults.nRestartsOptimizer()
            : saturatedInt(gp.nRestartsOptimizer()));
  }

  /** A search metric is minimised unless the file says otherwise (a loss, usually). */
  private static MetricTarget metric(SearchMetric metric) {
    return new MetricTarget(
        metric.name(),
        metric.optimization() == null
            ? Optimization.MINIMIZE
            : optimization(metric.optimization()));
  }

  private static EarlyStoppingRule rule(EarlyStopping stopping) {
    return new EarlyStoppingRule(
        stopping.metric(),
        stopping.value().doubleValue(),
        optimization(stopping.optimization()),
        stopping.policy() == null
            ? EarlyStoppingPolicy.EXPERIMENT
            : EarlyStoppingPolicy.valueOf(stopping.policy().toUpperCase(Locale.ROOT)));
  }

  /** Early-stopping thresholds are reached from below unless the file says otherwise. */
  private static Optimization optimization(String optimization) {
    return optimization == null
        ? Optimization.MAXIMIZE
        : Optimization.valueOf(optimization.toUpperCase(Locale.ROOT));
  }

  /** Counts beyond an int are meaningless for a search; cap rather than fail on them. */
  private static int saturatedInt(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }
}
