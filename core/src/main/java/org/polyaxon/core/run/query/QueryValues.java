package org.polyaxon.core.run.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polyaxon.core.status.Status;

/** Reads the text of one value as the type its field needs; empty when it is not one. */
final class QueryValues {
  // Plain decimal notation only: Double.parseDouble alone would also take "NaN", "0x1p3", "1d".
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // What the stores can hold and compare: years 1 to 9999.
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  private QueryValues() {}

  static Optional<QueryValue.Number> number(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return Optional.empty();
    }
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? Optional.of(new QueryValue.Number(value)) : Optional.empty();
  }

  static Optional<QueryValue.WholeNumber> wholeNumber(String text) {
    if (!WHOLE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new QueryValue.WholeNumber(Long.parseLong(text)));
    } catch (NumberFormatException tooBig) {
      return Optional.empty();
    }
  }

  static Optional<QueryValue.Text> status(String text) {
    String name = text.toLowerCase(Locale.ROOT);
    for (Status status : Status.values()) {
      if (status.wireName().equals(name)) {
        return Optional.of(new QueryValue.Text(name));
      }
    }
    return Optional.empty();
  }

  /**
   * A date ({@code 2019-01-01}: that day in {@code zone}) or an ISO date-time, with an offset or
   * read in {@code zone}; a space may stand for the {@code T}.
   */
  static Optional<QueryValue.TimeSpan> time(String text, ZoneId zone) {
    try {
      if (DATE.matcher(text).matches()) {
        LocalDate day = LocalDate.parse(text);
        return span(
            day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
      }
      String iso = text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
      Instant at;
      try {
        at = OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeException noOffset) {
        at = LocalDateTime.parse(iso).atZone(zone).toInstant();
      }
      Instant from = at.truncatedTo(ChronoUnit.MICROS);
      return span(from, from.plus(1, ChronoUnit.MICROS));
    } catch (DateTimeException notATime) {
      return Optional.empty();
    }
  }

  private static Optional<QueryValue.TimeSpan> span(Instant from, Instant until) {
    if (from.isBefore(EARLIEST) || until.isAfter(LATEST)) {
      return Optional.empty();
    }
    return Optional.of(new QueryValue.TimeSpan(from, until));
  }
}
