package org.polyaxon.spec.model;

import java.util.List;

/** {@code environment.persistence}: data volumes to mount and the outputs volume. */
public record Persistence(List<String> data, String outputs) {}
