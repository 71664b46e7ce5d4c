package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run's log lines as printed. The executor stamps each line in UTC ({@code
 * 2024-03-01T12:00:00.123Z text}); the CLI shows the stamp at the offset the server renders the
 * run's own times with (its {@code timeZone}), so that a log and {@code experiment get} agree, or
 * leaves the stamp out ({@code --hide_time}).
 *
 * <p>The API says the zone only as an offset of each timestamp, so the offset of the run's {@code
 * created_at} is used for all its lines: a run that spans a daylight-saving change keeps the offset
 * it was created with. Learning it costs one small request, the run's detail.
 */
final class LogLines {
  private static final Pattern STAMP =
      Pattern.compile(
          "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d) ");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final ZoneOffset offset;
  private final boolean hideTime;

  private LogLines(ZoneOffset offset, boolean hideTime) {
    this.offset = offset;
    this.hideTime = hideTime;
  }

  /** Lines without their stamps. */
  static LogLines withoutTime() {
    return new LogLines(null, true);
  }

  /**
   * Lines stamped at the offset of the run's {@code created_at}; as written when the run has none
   * the CLI can read.
   */
  static LogLines inTimeOf(JsonNode run) {
    try {
      return new LogLines(OffsetDateTime.parse(run.path("created_at").asText()).getOffset(), false);
    } catch (DateTimeParseException e) {
      return new LogLines(null, false);
    }
  }

  String render(String line) {
    Matcher stamp = STAMP.matcher(line);
    if (!stamp.find()) {
      return line;
    }
    if (hideTime) {
      return line.substring(stamp.end());
    }
    if (offset == null) {
      return line;
    }
    // Only the whole seconds move; the fraction is kept as written.
    OffsetDateTime written =
        LocalDateTime.parse(stamp.group(1), SECONDS).atOffset(ZoneOffset.of(stamp.group(3)));
    String fraction = stamp.group(2) == null ? "" : stamp.group(2);
    return SECONDS.format(written.withOffsetSameInstant(offset))
        + fraction
        + offset.getId()
        + " "
        + line.substring(stamp.end());
  }
}
