package org.polyaxon.core.metric;

import org.polyaxon.core.error.InvalidInputException;

/**
 * What a metric batch may hold. Every surface checks its input with these rules, naming the place
 * ({@code where}) in its own terms, so a bad point is reported where the client can find it.
 */
public final class MetricRules {
  /** Points (name and value pairs) one batch may carry; bigger ones must be split. */
  public static final int MAX_POINTS_PER_BATCH = 100_000;

  public static final int MAX_NAME_LENGTH = 256;
  public static final int MAX_KEY_LENGTH = 200;

  private MetricRules() {}

  public static void checkName(String where, String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          where + ": expected a metric name of 1 to " + MAX_NAME_LENGTH + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          where + ": a metric name must not contain control characters");
    }
  }

  public static void checkValue(String where, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(where + ": expected a finite number, got " + value);
    }
  }

  /** An idempotency key: 1 to 200 printable ASCII characters. */
  public static void checkKey(String where, String key) {
    if (key.isEmpty()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInputException(
          where
              + ": expected 1 to "
              + MAX_KEY_LENGTH
              + " printable ASCII characters without spaces");
    }
  }
}
