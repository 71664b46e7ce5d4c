package org.polyaxon.core.run.query;

/**
 * One key of a sort. Runs without a value for it (no such metric, never started) come last in both
 * directions.
 */
public record SortKey(RunField field, boolean descending) {}
