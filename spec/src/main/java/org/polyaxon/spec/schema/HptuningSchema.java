package org.polyaxon.spec.schema;

import static org.polyaxon.spec.schema.Field.optional;
import static org.polyaxon.spec.schema.Field.required;

import java.util.List;

/** The {@code hptuning} section of a group. */
public final class HptuningSchema {

  private HptuningSchema() {}

  /** The keys of the search algorithms; at most one may be given, grid search by default. */
  public static final List<String> ALGORITHMS =
      List.of("grid_search", "random_search", "hyperband", "bo");

  static final EnumType OPTIMIZATION = EnumType.of("maximize", "minimize");

  static final ObjectType METRIC =
      new ObjectType(
          "searchMetric",
          "The metric the search optimises.",
          List.of(
              required("name", ScalarType.string(), "metric name"),
              optional("optimization", OPTIMIZATION, "maximize or minimize (default)")));

  static final ObjectType GRID =
      new ObjectType(
          "gridSearch",
          "Every combination of the discrete options.",
          List.of(optional("n_experiments", ScalarType.integer(1), "stop after this many")));

  static final ObjectType RANDOM =
      new ObjectType(
          "randomSearch",
          "Random samples of the matrix.",
          List.of(required("n_experiments", ScalarType.integer(1), "how many samples")));

  static final ObjectType RESOURCE =
      new ObjectType(
          "hyperbandResource",
          "The resource hyperband allocates, injected as a declaration.",
          List.of(
              required("name", ScalarType.string(), "declaration name, e.g. num_steps"),
              optional("type", EnumType.of("int", "float"), "int or float")));

  static final ObjectType HYPERBAND =
      new ObjectType(
          "hyperband",
          "Hyperband (Li et al.).",
          List.of(
              required("max_iter", ScalarType.integer(1), "the most resource one trial gets"),
              required("eta", ScalarType.numberAbove(1), "the reduction factor"),
              required("resource", RESOURCE, "the resource"),
              required("metric", METRIC, "the metric"),
              optional("resume", ScalarType.bool(), "resume trials instead of restarting")));

  static final ObjectType GAUSSIAN_PROCESS =
      new ObjectType(
          "gaussianProcess",
          "The Gaussian process of the surrogate model.",
          List.of(
              optional("kernel", EnumType.of("rbf", "matern"), "rbf or matern"),
              optional("length_scale", ScalarType.numberAbove(0), "kernel length scale"),
              optional("nu", ScalarType.numberAbove(0), "matern smoothness"),
              optional("n_restarts_optimizer", ScalarType.integer(0), "optimizer restarts")));

  static final ObjectType UTILITY =
      new ObjectType(
          "utilityFunction",
          "The acquisition function of Bayesian optimisation.",
          List.of(
              optional("acquisition_function", EnumType.of("ucb", "ei", "poi"), "ucb, ei, poi"),
              optional("kappa", ScalarType.number(), "ucb exploration"),
              optional("eps", ScalarType.number(), "ei/poi exploration"),
              optional("n_warmup", ScalarType.integer(1), "random warm-up points"),
              optional("n_iter", ScalarType.integer(0), "optimizer iterations"),
              optional("gaussian_process", GAUSSIAN_PROCESS, "the Gaussian process")));

  static final ObjectType BO =
      new ObjectType(
          "bo",
          "Bayesian optimisation: random trials, then Gaussian-process guided iterations.",
          List.of(
              required("n_initial_trials", ScalarType.integer(1), "random trials first"),
              required("n_iterations", ScalarType.integer(0), "guided iterations"),
              required("metric", METRIC, "the metric"),
              optional("utility_function", UTILITY, "the acquisition function")));

  static final ObjectType EARLY_STOPPING =
      new ObjectType(
          "earlyStoppingMetric",
          "Stop the group when any experiment reaches value.",
          List.of(
              required("metric", ScalarType.string(), "metric name"),
              required("value", ScalarType.number(), "threshold"),
              optional("optimization", OPTIMIZATION, "maximize (default) or minimize"),
              optional("policy", EnumType.of("experiment", "group"), "experiment or group")));

  /** The section. */
  public static final ObjectType HPTUNING =
      new ObjectType(
          "hptuning",
          "The hyperparameter search of a group.",
          List.of(
              optional("seed", ScalarType.integer(), "random seed"),
              optional("concurrency", ScalarType.integer(1), "experiments run at once (1)"),
              required(
                  "matrix", new MapType(MatrixOptionType.MATRIX_OPTION), "parameter -> option"),
              optional("grid_search", GRID, "grid search (the default)"),
              optional("random_search", RANDOM, "random search"),
              optional("hyperband", HYPERBAND, "hyperband"),
              optional("bo", BO, "Bayesian optimisation"),
              optional("early_stopping", ListType.of(EARLY_STOPPING), "early stopping")));
}
