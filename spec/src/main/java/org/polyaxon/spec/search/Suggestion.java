package org.polyaxon.spec.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One trial to create: its parameter values, in matrix order, and for hyperband where it sits.
 *
 * @param params the declarations of the trial, in the order of the matrix (hyperband adds its
 *     resource last); numbers keep their type ({@link Long} or {@link Double})
 * @param rung the hyperband bracket, rung and resource of the trial, empty for other algorithms
 */
public record Suggestion(Map<String, Object> params, Optional<RungPlacement> rung) {

  public Suggestion {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    Objects.requireNonNull(rung);
  }

  /** A suggestion that is only parameter values. */
  public static Suggestion of(Map<String, Object> params) {
    return new Suggestion(params, Optional.empty());
  }
}
