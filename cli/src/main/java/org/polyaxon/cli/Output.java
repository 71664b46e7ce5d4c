package org.polyaxon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What commands print: tables and details for people, the server's JSON with {@code --json}, ANSI
 * colours only when {@link CliContext#colours()} allows them.
 */
final class Output {
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private final boolean colours;

  Output(PrintWriter out, PrintWriter err, boolean json, boolean colours) {
    this.out = out;
    this.err = err;
    this.json = json;
    this.colours = colours;
  }

  boolean json() {
    return json;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** The same printing, all of it on stderr (a log that must not mix with JSON on stdout). */
  Output onStderr() {
    return new Output(err, err, false, colours);
  }

  void line(String text) {
    out.println(text);
    out.flush();
  }

  /** A message for people; left out in {@code --json} mode, where only JSON goes to stdout. */
  void say(String text) {
    if (!json) {
      line(text);
    }
  }

  void printJson(JsonNode node) {
    try {
      line(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  void table(Table table) {
    table.lines().forEach(out::println);
    out.flush();
  }

  /** The named fields of one object as aligned {@code key value} lines. */
  void details(JsonNode node, List<String> fields) {
    Table table = new Table(List.of("FIELD", "VALUE"));
    for (String field : fields) {
      if (node.has(field)) {
        table.row(List.of(field, text(node.get(field))));
      }
    }
    List<String> lines = table.lines();
    lines.subList(1, lines.size()).forEach(out::println);
    out.flush();
  }

  /** A page of results as a table, and how to see the next one. */
  void page(JsonNode page, Table table, int pageNumber, String noun) {
    if (table.isEmpty()) {
      line("No " + noun + ".");
      return;
    }
    table(table);
    long count = page.path("count").asLong();
    int shown = page.path("results").size();
    String footer = "Page " + pageNumber + ": " + shown + " of " + count + " " + noun;
    if (page.hasNonNull("next")) {
      footer += "; next: --page " + (pageNumber + 1);
    }
    line(footer + ".");
  }

  /** A JSON value as a cell: text as is, lists joined with commas, objects as k=v. */
  static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(text(item)));
      return String.join(",", items);
    }
    if (value.isObject()) {
      List<String> items = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        items.add(field.getKey() + "=" + text(field.getValue()));
      }
      return String.join(" ", items);
    }
    return value.asText();
  }

  /** A run status in its colour: green succeeded, red failed, yellow stopped, blue running. */
  String status(String status) {
    String code =
        switch (status.trim().toLowerCase(Locale.ROOT)) {
          case "succeeded", "done" -> "32";
          case "failed", "upstream_failed" -> "31";
          case "stopped", "stopping", "skipped", "unschedulable" -> "33";
          case "running", "starting", "scheduled", "building", "resuming" -> "34";
          default -> null;
        };
    return code == null || !colours ? status : "\u001b[" + code + "m" + status + RESET;
  }

  String dim(String text) {
    return colours ? "\u001b[2m" + text + RESET : text;
  }
}
