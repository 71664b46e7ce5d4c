package org.polyaxon.spec.search.space;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.polyaxon.spec.matrix.MatrixOption;

/**
 * A reproducible sequence of distinct random points of a matrix: the first {@code n} points depend
 * only on the matrix and the seed, so a caller can regenerate the sequence and continue where a
 * history ends.
 *
 * <p>When every option is discrete and unweighted the sequence is a lazy Fisher-Yates shuffle of
 * the grid indices: uniform, distinct, and linear in {@code n} however large the grid is. With
 * {@code pvalues} or continuous options it draws and rejects repeats, which is sampling without
 * replacement in proportion to the weights; near the end of a small weighted grid it switches to an
 * exact weighted draw among the remaining points so it never spins.
 */
public final class DistinctSampler {
  private static final int TRIES_BEFORE_EXACT = 64;
  private static final int TRIES_BEFORE_GIVING_UP = 10_000;
  private static final long EXACT_LIMIT = 100_000;

  private final Map<String, MatrixOption> matrix;
  private final GridSpace grid;
  private final boolean uniformGrid;
  private final SplittableRandom random;
  private final List<Map<String, Object>> points = new ArrayList<>();
  private final Set<Map<String, Object>> seen = new HashSet<>();
  private final Map<Long, Long> swapped = new HashMap<>();
  private boolean exhausted;

  /**
   * @param matrix the options, in matrix order
   * @param seed the stream's seed; different seeds give independent sequences
   */
  public DistinctSampler(Map<String, MatrixOption> matrix, long seed) {
    this.matrix = new LinkedHashMap<>(matrix);
    boolean allDiscrete = matrix.values().stream().allMatch(MatrixOption::isDiscrete);
    this.grid = allDiscrete ? new GridSpace(matrix) : null;
    this.uniformGrid =
        allDiscrete && matrix.values().stream().noneMatch(o -> o instanceof MatrixOption.PValues);
    this.random = Seeds.stream(seed, 0x5EED);
  }

  /** The number of distinct points when every option is discrete, else empty. */
  public OptionalLong spaceSize() {
    return grid == null ? OptionalLong.empty() : OptionalLong.of(grid.size());
  }

  /**
   * The first {@code n} points of the sequence, fewer when the space has fewer distinct points (or,
   * for quantised distributions, when no new point turns up after many draws).
   */
  public synchronized List<Map<String, Object>> first(int n) {
    // The sequence generated so far is kept, so a search that asks again with a longer history
    // only pays for the new points; the answer is the same as generating from scratch.
    while (points.size() < n && !exhausted) {
      Map<String, Object> point = uniformGrid ? nextShuffled() : nextRejecting();
      if (point == null) {
        exhausted = true;
      } else {
        points.add(point);
      }
    }
    return List.copyOf(points.subList(0, Math.min(n, points.size())));
  }

  private Map<String, Object> nextShuffled() {
    long i = points.size();
    if (i >= grid.size()) {
      return null;
    }
    // Only the swapped positions of the virtual array 0..size-1 are stored.
    long j = i + random.nextLong(grid.size() - i);
    long atJ = swapped.getOrDefault(j, j);
    swapped.put(j, swapped.getOrDefault(i, i));
    return grid.point(atJ);
  }

  private Map<String, Object> nextRejecting() {
    if (grid != null && points.size() >= grid.size()) {
      return null;
    }
    Map<String, Object> point = draw(seen, random);
    if (point != null) {
      seen.add(point);
    }
    return point;
  }

  private Map<String, Object> draw(Set<Map<String, Object>> seen, SplittableRandom random) {
    for (int tries = 0; tries < TRIES_BEFORE_GIVING_UP; tries++) {
      if (tries == TRIES_BEFORE_EXACT && grid != null && grid.size() <= EXACT_LIMIT) {
        return exactWeighted(seen, random);
      }
      Map<String, Object> point = Sampler.samplePoint(matrix, random);
      if (!seen.contains(point)) {
        return point;
      }
    }
    return null;
  }

  private Map<String, Object> exactWeighted(
      Set<Map<String, Object>> seen, SplittableRandom random) {
    List<Map<String, Object>> remaining = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double total = 0;
    for (long index = 0; index < grid.size(); index++) {
      Map<String, Object> point = grid.point(index);
      if (!seen.contains(point)) {
        double weight = weight(grid.digits(index));
        remaining.add(point);
        weights.add(weight);
        total += weight;
      }
    }
    if (remaining.isEmpty() || !(total > 0)) {
      return null;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < remaining.size(); i++) {
      u -= weights.get(i);
      if (u < 0) {
        return remaining.get(i);
      }
    }
    return remaining.get(remaining.size() - 1);
  }

  private double weight(long[] digits) {
    double weight = 1;
    int i = 0;
    for (MatrixOption option : matrix.values()) {
      if (option instanceof MatrixOption.PValues p) {
        weight *= p.values().get((int) digits[i]).probability();
      } else {
        weight /= grid.axes().get(i).size();
      }
      i++;
    }
    return weight;
  }
}
