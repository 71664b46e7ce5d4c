package org.polyaxon.spec.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * Everything a search needs: the matrix (in file order, which fixes the grid order and the order of
 * params), the algorithm, the early-stopping rules and the seed.
 *
 * <p>The seed makes the search reproducible; when the Polyaxonfile has no {@code seed} the
 * scheduler should pass something stable per group (its id), never the time, so a restarted
 * scheduler suggests the same trials.
 */
public record SearchSpec(
    Map<String, MatrixOption> matrix,
    SearchConfig algorithm,
    List<EarlyStoppingRule> earlyStopping,
    long seed) {
  public SearchSpec {
    matrix = Collections.unmodifiableMap(new LinkedHashMap<>(matrix));
    Objects.requireNonNull(algorithm);
    earlyStopping = List.copyOf(earlyStopping);
  }
}
