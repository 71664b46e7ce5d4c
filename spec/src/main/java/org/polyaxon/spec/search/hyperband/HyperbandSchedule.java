package org.polyaxon.spec.search.hyperband;

import java.util.ArrayList;
import java.util.List;

/**
 * The brackets of Hyperband (Li et al., 2018) for a maximum resource {@code R = maxIter} and a
 * halving factor {@code eta}: with {@code s_max = floor(log_eta R)} and {@code B = (s_max + 1) R},
 * bracket {@code s} (from {@code s_max} down to 0) starts {@code n = ceil(B / R * eta^s / (s + 1))}
 * configurations with resource {@code r = R eta^-s}, and its rung {@code i} runs {@code floor(n
 * eta^-i)} of them with resource {@code r eta^i}.
 */
public final class HyperbandSchedule {
  // Powers of eta are computed in floating point; this absorbs their rounding (3^4 = 81.00000001).
  private static final double EPS = 1e-9;

  private HyperbandSchedule() {}

  /** One round of successive halving: how many configurations run, with what resource. */
  public record Rung(int bracket, int index, int nConfigs, double resource) {}

  /** One bracket: its {@code s} and its rungs, rung 0 first. */
  public record Bracket(int s, List<Rung> rungs) {
    public Bracket {
      rungs = List.copyOf(rungs);
    }
  }

  /** {@code s_max = floor(log_eta(maxIter))}. */
  public static int sMax(int maxIter, double eta) {
    check(maxIter, eta);
    int s = 0;
    while (Math.pow(eta, s + 1) <= maxIter * (1 + EPS)) {
      s++;
    }
    return s;
  }

  /** The brackets in the order they run: {@code s = s_max} first. */
  public static List<Bracket> brackets(int maxIter, double eta) {
    int sMax = sMax(maxIter, eta);
    List<Bracket> brackets = new ArrayList<>();
    for (int s = sMax; s >= 0; s--) {
      long n = (long) Math.ceil((sMax + 1) * Math.pow(eta, s) / (s + 1) - EPS);
      double r = maxIter * Math.pow(eta, -s);
      List<Rung> rungs = new ArrayList<>();
      for (int i = 0; i <= s; i++) {
        int nI = (int) Math.floor(n * Math.pow(eta, -i) + EPS);
        if (nI > 0) {
          rungs.add(new Rung(s, i, nI, r * Math.pow(eta, i)));
        }
      }
      brackets.add(new Bracket(s, rungs));
    }
    return brackets;
  }

  /** Every trial hyperband plans for these settings, all brackets and rungs together. */
  public static long totalTrials(int maxIter, double eta) {
    return brackets(maxIter, eta).stream()
        .flatMap(b -> b.rungs().stream())
        .mapToLong(Rung::nConfigs)
        .sum();
  }

  private static void check(int maxIter, double eta) {
    if (maxIter < 1 || !(eta > 1)) {
      throw new IllegalArgumentException("hyperband needs max_iter >= 1 and eta > 1");
    }
  }
}
