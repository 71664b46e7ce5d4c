package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of an activity feed ({@code /activitylogs}): who changed what through the API, and when.
 * The server records each change as the route it matched ({@code event}, {@code POST
 * /api/v1/{user}/{project}/experiments}) and the path it was called with; people read the method
 * and the path.
 */
final class ActivityFeed {
  private ActivityFeed() {}

  /** With {@code everyProject}, a column says which project each entry is about. */
  static void show(Cli cli, JsonNode page, int pageNumber, boolean everyProject) {
    cli.show(
        page,
        () -> {
          List<String> headers = new ArrayList<>(List.of("CREATED", "USER"));
          if (everyProject) {
            headers.add("PROJECT");
          }
          headers.addAll(List.of("STATUS", "REQUEST"));
          Table table = new Table(headers);
          for (JsonNode entry : page.path("results")) {
            List<String> row =
                new ArrayList<>(
                    List.of(entry.path("created_at").asText(), entry.path("actor").asText()));
            if (everyProject) {
              row.add(entry.path("project").asText(""));
            }
            String method = entry.path("event").asText().split(" ", 2)[0];
            row.add(entry.path("status").asText());
            row.add(method + " " + entry.path("path").asText());
            table.row(row);
          }
          cli.output().page(page, table, pageNumber, "activities");
        });
  }
}
