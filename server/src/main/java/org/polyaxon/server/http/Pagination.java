package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.error.InvalidInputException;

/**
 * Limit/offset pagination as in Polyaxon 0.4: {@code ?limit=20&offset=40}, answered with {@code
 * {count, next, previous, results}}.
 *
 * @param limit page size (default 20, at most 1000)
 * @param offset items skipped
 */
record Pagination(int limit, int offset) {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 1000;

  static Pagination of(Context ctx) {
    return new Pagination(
        parse(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
        parse(ctx, "offset", 0, 0, Integer.MAX_VALUE));
  }

  /**
   * The page as the API returns it, with links to its neighbours: absolute (see {@link
   * PublicAddress}), keeping every query parameter of the request (filters, sort) but the page's.
   */
  <T> PageView<T> view(Context ctx, List<T> results, long count) {
    String base = PublicAddress.url(ctx) + "?" + otherParameters(ctx.queryParamMap());
    String next = offset + limit < count ? link(base, limit, offset + limit) : null;
    String previous = offset > 0 ? link(base, limit, Math.max(0, offset - limit)) : null;
    return new PageView<>(count, next, previous, results);
  }

  /** JSON shape of a page. */
  record PageView<T>(long count, String next, String previous, List<T> results) {}

  private static String link(String base, int limit, int offset) {
    return base + "limit=" + limit + "&offset=" + offset;
  }

  /** The query parameters other than limit and offset, encoded, each followed by {@code &}. */
  static String otherParameters(Map<String, List<String>> parameters) {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (parameter.getKey().equals("limit") || parameter.getKey().equals("offset")) {
        continue;
      }
      for (String value : parameter.getValue()) {
        query.append(encode(parameter.getKey())).append('=').append(encode(value)).append('&');
      }
    }
    return query.toString();
  }

  private static String encode(String text) {
    // Form encoding writes a space as '+'; %20 reads the same to every server and to people.
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static int parse(Context ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        "Query parameter '"
            + name
            + "': expected a whole number from "
            + min
            + " to "
            + max
            + ", got '"
            + text
            + "'");
  }
}
