package org.polyaxon.core.run.query;

import java.time.Instant;

/** A value in a query condition, already typed by the field it is compared with. */
public sealed interface QueryValue {
  /** Text: names, statuses, usernames, tags, and declarations that are not numbers. */
  record Text(String value) implements QueryValue {}

  /** A whole number: ids. */
  record WholeNumber(long value) implements QueryValue {}

  /** A finite number: metrics and numeric declarations. */
  record Number(double value) implements QueryValue {}

  /**
   * A stretch of time, {@code from} inclusive to {@code until} exclusive. A date is its whole day
   * in the server's time zone; a date-time is one microsecond long (the stores' precision), so that
   * every operator has one meaning: {@code =} is within the span, {@code >} after it, {@code >=}
   * from its start, {@code <} before it, {@code <=} before its end.
   */
  record TimeSpan(Instant from, Instant until) implements QueryValue {
    public TimeSpan {
      if (!until.isAfter(from)) {
        throw new IllegalArgumentException("A time span ends after it begins");
      }
    }
  }
}
