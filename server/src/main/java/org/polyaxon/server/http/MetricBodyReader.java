package org.polyaxon.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.metric.MetricRules;
import org.polyaxon.core.metric.Metrics;
import org.polyaxon.core.metric.Observation;

/**
 * Reads the body of {@code POST …/metrics}: one {@code {values, created_at?}} object (what the 0.4
 * client sends) or a list of them, streamed so that a big batch is never held as a tree. Every
 * problem is a 400 naming the place, for example {@code Field '[3].values.loss'}; a body larger
 * than {@link #MAX_BODY_BYTES} is a 413.
 */
final class MetricBodyReader {
  /** Room for {@link MetricRules#MAX_POINTS_PER_BATCH} points with long names and values. */
  static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

  // NaN and Infinity are accepted by the parser (Python's json module writes them) only so that
  // they can be refused with the field's name rather than as malformed JSON.
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final ZoneId zone;

  MetricBodyReader(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The observations of the body.
   *
   * @param single true when the body was one object rather than a list
   */
  record MetricBody(boolean single, List<Observation> observations) {}

  MetricBody read(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    try (JsonParser parser = JSON.createParser(new Bounded(ctx.bodyInputStream()))) {
      MetricBody body = read(parser);
      if (parser.nextToken() != null) {
        throw new InvalidInputException("Malformed JSON: unexpected content after the body");
      }
      return body;
    } catch (JsonParseException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new InvalidInputException("Malformed JSON" + where + ": " + e.getOriginalMessage());
    } catch (TooLarge e) {
      throw tooLarge();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MetricBody read(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_OBJECT) {
      return new MetricBody(true, List.of(observation(parser, "", new int[1])));
    }
    if (first != JsonToken.START_ARRAY) {
      throw new InvalidInputException(
          "The body: expected an object {values, created_at?} or a list of them");
    }
    List<Observation> observations = new ArrayList<>();
    int[] points = new int[1];
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String where = "[" + observations.size() + "]";
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(
            "Field '" + where + "': expected an object {values, created_at?}");
      }
      observations.add(observation(parser, where + ".", points));
    }
    if (observations.isEmpty()) {
      throw new InvalidInputException("The body: expected at least one metric, got an empty list");
    }
    return new MetricBody(false, observations);
  }

  /** Reads one object; {@code points} counts the points of the whole body so far. */
  private Observation observation(JsonParser parser, String prefix, int[] points)
      throws IOException {
    Map<String, Double> values = null;
    Instant createdAt = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "values" -> values = values(parser, prefix + "values", points);
        case "created_at" -> createdAt = time(parser, prefix + "created_at");
        default ->
            throw new InvalidInputException(
                "Unknown field '" + prefix + field + "'; expected one of: created_at, values");
      }
    }
    if (values == null) {
      throw new InvalidInputException("Field '" + prefix + "values': required");
    }
    return new Observation(createdAt, values);
  }

  private static Map<String, Double> values(JsonParser parser, String where, int[] points)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new InvalidInputException(
          "Field '" + where + "': expected an object of metric names to numbers");
    }
    Map<String, Double> values = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String field = where + "." + name;
      MetricRules.checkName("Field '" + where + "'", name);
      JsonToken token = parser.nextToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new InvalidInputException(
            "Field '" + field + "': expected a number, got " + describe(parser));
      }
      double value = parser.getDoubleValue();
      MetricRules.checkValue("Field '" + field + "'", value);
      values.put(name, value);
      if (++points[0] > MetricRules.MAX_POINTS_PER_BATCH) {
        throw new InvalidInputException(Metrics.tooManyPoints("more"));
      }
    }
    if (values.isEmpty()) {
      throw new InvalidInputException("Field '" + where + "': expected at least one metric");
    }
    return values;
  }

  private Instant time(JsonParser parser, String where) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
    if (text != null) {
      // Python's str(datetime) separates date and time with a space.
      String iso =
          text.length() > 10 && text.charAt(10) == ' ' ? text.replaceFirst(" ", "T") : text;
      try {
        return OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeException withoutOffset) {
        try {
          return LocalDateTime.parse(iso).atZone(zone).toInstant();
        } catch (DateTimeException e) {
          // reported below
        }
      }
    }
    throw new InvalidInputException(
        "Field '"
            + where
            + "': expected an ISO-8601 time such as 2024-03-01T12:00:00Z, got "
            + describe(parser));
  }

  private static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    String text = token == JsonToken.VALUE_STRING ? "'" + parser.getText() + "'" : null;
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      parser.skipChildren();
      return token == JsonToken.START_OBJECT ? "an object" : "a list";
    }
    return text != null ? text : parser.getText();
  }

  private static ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse(
        "The body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB; send smaller batches");
  }

  /** Thrown by {@link Bounded} when the body runs past the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Fails as soon as more than {@link #MAX_BODY_BYTES} have been read, whatever the header said.
   */
  private static final class Bounded extends FilterInputStream {
    private long remaining = MAX_BODY_BYTES;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws TooLarge {
      remaining -= n;
      if (remaining < 0) {
        throw new TooLarge();
      }
    }
  }
}
