package org.polyaxon.spec.model;

/** {@code bo}: {@code nInitialTrials} random trials, then {@code nIterations} guided ones. */
public record BayesianOptimization(
    long nInitialTrials, long nIterations, SearchMetric metric, UtilityFunction utilityFunction) {}
