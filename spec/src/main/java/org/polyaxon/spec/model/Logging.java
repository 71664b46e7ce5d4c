package org.polyaxon.spec.model;

/** {@code logging}: level (INFO, DEBUG, WARN, ERROR, FATAL) and an optional format. */
public record Logging(String level, String formatter) {}
