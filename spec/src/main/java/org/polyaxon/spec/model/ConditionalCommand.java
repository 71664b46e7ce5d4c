package org.polyaxon.spec.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code cmd: {if: {cond, do, else_do}}}: {@code cond} is rendered with the run's parameters, then
 * evaluated as a Jinja expression; {@code do} runs when it is true, else {@code elseDo} (which may
 * be null: nothing to run).
 */
public record ConditionalCommand(
    String cond, @JsonProperty("do") List<String> then, List<String> elseDo) {}
