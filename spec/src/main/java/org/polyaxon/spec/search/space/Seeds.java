package org.polyaxon.spec.search.space;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the group's seed. Every random draw of the
 * search goes through a generator made here, so a result depends only on the seed and on which
 * stream (what it is for, which bracket, which iteration) asked for it.
 */
public final class Seeds {
  private Seeds() {}

  /** A generator for the stream named by {@code parts} under {@code seed}. */
  public static SplittableRandom stream(long seed, long... parts) {
    return new SplittableRandom(mix(seed, parts));
  }

  /** A well-mixed 64-bit seed from {@code seed} and {@code parts}. */
  public static long mix(long seed, long... parts) {
    long h = finalise(seed);
    for (long part : parts) {
      h = finalise(h ^ finalise(part + 0x9E3779B97F4A7C15L));
    }
    return h;
  }

  // SplitMix64's finaliser: consecutive inputs give unrelated outputs.
  private static long finalise(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
