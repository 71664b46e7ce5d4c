package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.util.List;
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

  /** The page as the API returns it, with links to its neighbours. */
  <T> PageView<T> view(Context ctx, List<T> results, long count) {
    String base = ctx.url();
    String next = offset + limit < count ? link(base, limit, offset + limit) : null;
    String previous = offset > 0 ? link(base, limit, Math.max(0, offset - limit)) : null;
    return new PageView<>(count, next, previous, results);
  }

  /** JSON shape of a page. */
  record PageView<T>(long count, String next, String previous, List<T> results) {}

  private static String link(String base, int limit, int offset) {
    return base + "?limit=" + limit + "&offset=" + offset;
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
