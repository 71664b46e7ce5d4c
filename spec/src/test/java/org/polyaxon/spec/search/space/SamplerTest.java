package org.polyaxon.spec.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;

class SamplerTest {
  private static final int N = 20_000;

  private static double[] draw(MatrixOption option, long seed) {
    SplittableRandom random = Seeds.stream(seed);
    double[] xs = new double[N];
    for (int i = 0; i < N; i++) {
      xs[i] = ((Number) Sampler.sample(option, random)).doubleValue();
    }
    return xs;
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  private static double std(double[] xs) {
    double m = mean(xs);
    double sum = 0;
    for (double x : xs) {
      sum += (x - m) * (x - m);
    }
    return Math.sqrt(sum / xs.length);
  }

  private static void assertBetween(double[] xs, double low, double high) {
    for (double x : xs) {
      assertThat(x).isBetween(low, high);
    }
  }

  private static void assertMultiplesOf(double[] xs, double q) {
    for (double x : xs) {
      assertThat(Math.abs(x / q - Math.rint(x / q))).isLessThan(1e-9);
    }
  }

  @Test
  void uniformStaysInBoundsWithMeanInTheMiddle() {
    double[] xs = draw(new MatrixOption.Uniform(2, 6), 1);
    assertBetween(xs, 2.0, 6.0);
    assertThat(mean(xs)).isCloseTo(4.0, within(0.05));
    // variance of U(a, b) is (b - a)^2 / 12
    assertThat(std(xs)).isCloseTo(4 / Math.sqrt(12), within(0.03));
  }

  @Test
  void quniformIsQuantised() {
    double[] xs = draw(new MatrixOption.QUniform(0, 10, 2.5), 2);
    assertMultiplesOf(xs, 2.5);
    assertBetween(xs, 0.0, 10.0);
    assertThat(mean(xs)).isCloseTo(5.0, within(0.1));
  }

  @Test
  void loguniformIsExpOfUniform() {
    double[] xs = draw(new MatrixOption.LogUniform(-3, 0), 3);
    assertBetween(xs, Math.exp(-3), 1.0);
    double[] logs = java.util.Arrays.stream(xs).map(Math::log).toArray();
    assertThat(mean(logs)).isCloseTo(-1.5, within(0.03));
  }

  @Test
  void qloguniformIsQuantised() {
    double[] xs = draw(new MatrixOption.QLogUniform(0, 5, 4), 4);
    assertMultiplesOf(xs, 4);
    assertBetween(xs, 0.0, Math.exp(5) + 2);
  }

  @Test
  void normalHasItsLocAndScale() {
    double[] xs = draw(new MatrixOption.Normal(3, 2), 5);
    assertThat(mean(xs)).isCloseTo(3.0, within(0.05));
    assertThat(std(xs)).isCloseTo(2.0, within(0.05));
  }

  @Test
  void qnormalIsQuantised() {
    double[] xs = draw(new MatrixOption.QNormal(0, 10, 3), 6);
    assertMultiplesOf(xs, 3);
    assertThat(mean(xs)).isCloseTo(0.0, within(0.3));
  }

  @Test
  void lognormalIsExpOfNormal() {
    double[] xs = draw(new MatrixOption.LogNormal(1, 0.5), 7);
    assertBetween(xs, Double.MIN_VALUE, Double.MAX_VALUE);
    double[] logs = java.util.Arrays.stream(xs).map(Math::log).toArray();
    assertThat(mean(logs)).isCloseTo(1.0, within(0.02));
    assertThat(std(logs)).isCloseTo(0.5, within(0.02));
    // E[exp(N(mu, s^2))] = exp(mu + s^2 / 2)
    assertThat(mean(xs)).isCloseTo(Math.exp(1.125), within(0.05));
  }

  @Test
  void qlognormalIsQuantised() {
    double[] xs = draw(new MatrixOption.QLogNormal(2, 0.5, 0.5), 8);
    assertMultiplesOf(xs, 0.5);
    assertBetween(xs, 0.0, Double.MAX_VALUE);
  }

  @Test
  void pvaluesHonourTheirProbabilities() {
    var option =
        new MatrixOption.PValues(
            List.of(
                new MatrixOption.Weighted("a", 0.1),
                new MatrixOption.Weighted("b", 0.6),
                new MatrixOption.Weighted("c", 0.3)));
    SplittableRandom random = Seeds.stream(9);
    Map<Object, Integer> counts = new HashMap<>();
    for (int i = 0; i < N; i++) {
      counts.merge(Sampler.sample(option, random), 1, Integer::sum);
    }
    assertThat(counts.get("a") / (double) N).isCloseTo(0.1, within(0.01));
    assertThat(counts.get("b") / (double) N).isCloseTo(0.6, within(0.015));
    assertThat(counts.get("c") / (double) N).isCloseTo(0.3, within(0.015));
  }

  @Test
  void discreteOptionsAreChosenUniformly() {
    SplittableRandom random = Seeds.stream(10);
    Map<Object, Integer> counts = new HashMap<>();
    for (int i = 0; i < N; i++) {
      counts.merge(Sampler.sample(new MatrixOption.Range(0L, 4L, 1L), random), 1, Integer::sum);
    }
    assertThat(counts).containsOnlyKeys(0L, 1L, 2L, 3L);
    counts.values().forEach(c -> assertThat(c / (double) N).isCloseTo(0.25, within(0.015)));
  }

  @Test
  void sameSeedGivesSameSamplesAndAnotherSeedOthers() {
    Map<String, MatrixOption> matrix =
        Map.of("lr", new MatrixOption.LogUniform(-5, 0), "m", new MatrixOption.Normal(0, 1));
    List<Map<String, Object>> first = new ArrayList<>();
    List<Map<String, Object>> again = new ArrayList<>();
    List<Map<String, Object>> other = new ArrayList<>();
    SplittableRandom a = Seeds.stream(42);
    SplittableRandom b = Seeds.stream(42);
    SplittableRandom c = Seeds.stream(43);
    for (int i = 0; i < 10; i++) {
      first.add(Sampler.samplePoint(matrix, a));
      again.add(Sampler.samplePoint(matrix, b));
      other.add(Sampler.samplePoint(matrix, c));
    }
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }
}
