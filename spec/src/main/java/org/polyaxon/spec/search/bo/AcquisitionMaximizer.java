package org.polyaxon.spec.search.bo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Finds the point of the unit cube with the highest acquisition: {@code nWarmup} uniformly random
 * points, then a compass search from each of the {@code nIter} best of them (move one coordinate by
 * a step while that improves, halve the step when nothing does). Every point is snapped to what it
 * decodes to before it is scored, so discrete parameters are scored at real values, and points
 * already tried are skipped so a discrete space is not suggested twice.
 */
final class AcquisitionMaximizer {
  private static final double FIRST_STEP = 0.1;
  private static final double LAST_STEP = 1e-3;
  private static final int MAX_SWEEPS = 100;

  private final SpaceEncoder encoder;
  private final Set<List<Double>> tried;

  AcquisitionMaximizer(SpaceEncoder encoder, Set<List<Double>> tried) {
    this.encoder = encoder;
    this.tried = tried;
  }

  /** A point of the encoded cube, snapped; empty when every point tried was already tried. */
  Optional<double[]> maximise(
      ToDoubleFunction<double[]> acquisition, int nWarmup, int nIter, RandomGenerator random) {
    List<Scored> warmup = new ArrayList<>();
    for (int i = 0; i < nWarmup; i++) {
      double[] x = encoder.snap(encoder.random(random));
      double value = score(acquisition, x);
      if (value > Double.NEGATIVE_INFINITY) {
        warmup.add(new Scored(x, value));
      }
    }
    warmup.sort(Comparator.comparingDouble(Scored::value).reversed());
    Scored best = warmup.isEmpty() ? null : warmup.get(0);
    for (int i = 0; i < Math.min(nIter, warmup.size()); i++) {
      Scored refined = refine(acquisition, warmup.get(i));
      if (refined.value() > best.value()) {
        best = refined;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.x());
  }

  private Scored refine(ToDoubleFunction<double[]> acquisition, Scored start) {
    Scored current = start;
    double step = FIRST_STEP;
    for (int sweep = 0; sweep < MAX_SWEEPS && step >= LAST_STEP; sweep++) {
      boolean moved = false;
      for (int d = 0; d < current.x().length; d++) {
        for (double sign : new double[] {1, -1}) {
          double[] candidate = current.x().clone();
          candidate[d] = Math.min(1, Math.max(0, candidate[d] + sign * step));
          candidate = encoder.snap(candidate);
          double value = score(acquisition, candidate);
          if (value > current.value()) {
            current = new Scored(candidate, value);
            moved = true;
          }
        }
      }
      if (!moved) {
        step /= 2;
      }
    }
    return current;
  }

  private double score(ToDoubleFunction<double[]> acquisition, double[] x) {
    return tried.contains(key(x)) ? Double.NEGATIVE_INFINITY : acquisition.applyAsDouble(x);
  }

  static List<Double> key(double[] x) {
    return Arrays.stream(x).boxed().toList();
  }

  private record Scored(double[] x, double value) {}
}
