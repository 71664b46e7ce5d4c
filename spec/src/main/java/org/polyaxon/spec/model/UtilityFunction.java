package org.polyaxon.spec.model;

/** The acquisition function of Bayesian optimisation. */
public record UtilityFunction(
    String acquisitionFunction,
    Number kappa,
    Number eps,
    Long nWarmup,
    Long nIter,
    GaussianProcess gaussianProcess) {}
