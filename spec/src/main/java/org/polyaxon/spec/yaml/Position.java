package org.polyaxon.spec.yaml;

/** Where a node starts: the file it came from and its 1-based line and column. */
public record Position(String file, int line, int column) {}
