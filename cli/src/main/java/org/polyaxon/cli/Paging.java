package org.polyaxon.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@code -q QUERY -s SORT --page N}, passed to list endpoints as 0.4.4 does. */
final class Paging {
  static final int PAGE_SIZE = 20;

  @Option(
      names = {"-q", "--query"},
      description = "Filter, e.g. status:running,metric.loss:<0.2 (passed to the server).")
  String query;

  @Option(
      names = {"-s", "--sort"},
      description = "Sort, e.g. -created_at (passed to the server).")
  String sort;

  @Option(names = "--page", defaultValue = "1", description = "Page number (20 a page).")
  int page;

  Map<String, Object> query() {
    return query(page, query, sort);
  }

  static Map<String, Object> query(int page, String query, String sort) {
    if (page < 1) {
      throw CliException.user("--page: expected a page number from 1, got " + page);
    }
    return ApiClient.query(
        "limit", PAGE_SIZE, "offset", (page - 1) * PAGE_SIZE, "query", query, "sort", sort);
  }
}
