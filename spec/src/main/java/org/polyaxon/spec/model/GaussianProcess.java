package org.polyaxon.spec.model;

/** The Gaussian process of Bayesian optimisation: kernel {@code rbf} or {@code matern}. */
public record GaussianProcess(
    String kernel, Number lengthScale, Number nu, Long nRestartsOptimizer) {}
