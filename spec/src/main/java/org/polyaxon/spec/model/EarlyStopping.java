package org.polyaxon.spec.model;

/** One early-stopping condition: stop when {@code metric} reaches {@code value}. */
public record EarlyStopping(String metric, Number value, String optimization, String policy) {}
