package org.polyaxon.spec.model;

import java.util.List;

/**
 * {@code run}: either commands ({@code cmd}, flattened and joined with {@code &&} when run) or a
 * conditional command (the {@code if} operator). Exactly one of the two is set.
 */
public record Run(List<String> cmd, ConditionalCommand conditional) {}
