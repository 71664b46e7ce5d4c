package org.polyaxon.spec.model;

/** {@code hyperband}: Li et al.'s Hyperband for {@code maxIter} and {@code eta}. */
public record Hyperband(
    long maxIter, Number eta, HyperbandResource resource, SearchMetric metric, Boolean resume) {}
