package org.polyaxon.spec.model;

import java.util.List;

/** {@code environment.outputs}: earlier jobs and experiments, by id (number) or name (string). */
public record OutputsRefs(List<Object> jobs, List<Object> experiments) {}
