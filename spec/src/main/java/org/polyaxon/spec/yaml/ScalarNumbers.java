package org.polyaxon.spec.yaml;

import java.math.BigInteger;
import java.util.Locale;

/** Parses the integer and float forms of the YAML 1.2 core schema. */
final class ScalarNumbers {

  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private ScalarNumbers() {}

  /** A {@link Long}, or a {@link Double} when the integer does not fit in 64 bits. */
  static Object parseInteger(String text) {
    String digits = text;
    boolean negative = false;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      negative = digits.startsWith("-");
      digits = digits.substring(1);
    }
    int radix = 10;
    if (digits.startsWith("0o")) {
      radix = 8;
      digits = digits.substring(2);
    } else if (digits.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    }
    try {
      BigInteger value = new BigInteger(digits, radix);
      value = negative ? value.negate() : value;
      if (value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0) {
        return value.longValue();
      }
      return value.doubleValue();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /** A {@link Double}, including {@code .inf}, {@code -.inf} and {@code .nan}. */
  static Object parseFloat(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    switch (lower) {
      case ".inf", "+.inf" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-.inf" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case ".nan" -> {
        return Double.NaN;
      }
      default -> {
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          return text;
        }
      }
    }
  }
}
