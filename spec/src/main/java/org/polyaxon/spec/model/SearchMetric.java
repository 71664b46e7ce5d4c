package org.polyaxon.spec.model;

/** The metric a search optimises: {@code maximize} or {@code minimize}. */
public record SearchMetric(String name, String optimization) {}
