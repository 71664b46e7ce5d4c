package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polyaxon.cli.ProjectDir.ProjectRef;

/** How experiments and jobs are shown to people: lists, details, statuses, metrics. */
final class RunViews {
  static final List<String> DETAIL_FIELDS =
      List.of(
          "id",
          "uuid",
          "unique_name",
          "name",
          "user",
          "description",
          "tags",
          "last_status",
          "status_message",
          "declarations",
          "last_metric",
          "created_at",
          "started_at",
          "finished_at");

  private RunViews() {}

  static void list(Cli cli, ProjectRef project, RunType type, Paging paging) {
    list(cli, project, type, paging.query(), paging.page);
  }

  static void list(
      Cli cli, ProjectRef project, RunType type, Map<String, Object> query, int pageNumber) {
    JsonNode page = cli.api().get(project.path() + "/" + type.plural(), query);
    cli.show(
        page,
        () -> {
          Table table =
              new Table(List.of("ID", "NAME", "STATUS", "USER", "CREATED", "STARTED", "FINISHED"))
                  .style(2, cli.output()::status);
          for (JsonNode run : page.path("results")) {
            table.row(
                List.of(
                    run.path("id").asText(),
                    run.path("name").asText(""),
                    run.path("last_status").asText(),
                    run.path("user").asText(),
                    run.path("created_at").asText(""),
                    run.path("started_at").asText(""),
                    run.path("finished_at").asText("")));
          }
          cli.output().page(page, table, pageNumber, type.plural());
        });
  }

  /**
   * A page of experiments listed with {@code metrics=true} and/or {@code declarations=true}: the
   * server answers each with its id, unique name and those maps, shown a column per name.
   */
  static void summaries(Cli cli, JsonNode page, int pageNumber, List<String> maps) {
    cli.show(
        page,
        () -> {
          List<String> headers = new ArrayList<>(List.of("ID", "UNIQUE_NAME"));
          List<String[]> columns = new ArrayList<>();
          for (String map : maps) {
            Set<String> names = new LinkedHashSet<>();
            page.path("results")
                .forEach(run -> run.path(map).fieldNames().forEachRemaining(names::add));
            names.forEach(name -> columns.add(new String[] {map, name}));
            headers.addAll(names);
          }
          Table table = new Table(headers);
          for (JsonNode run : page.path("results")) {
            List<String> row =
                new ArrayList<>(List.of(run.path("id").asText(), run.path("unique_name").asText()));
            for (String[] column : columns) {
              row.add(Output.text(run.path(column[0]).path(column[1])));
            }
            table.row(row);
          }
          cli.output().page(page, table, pageNumber, "experiments");
        });
  }

  static void details(Cli cli, JsonNode run) {
    cli.show(run, () -> cli.output().details(run, DETAIL_FIELDS));
  }

  static void statuses(Cli cli, JsonNode page, int pageNumber) {
    cli.show(
        page,
        () -> {
          Table table =
              new Table(List.of("CREATED", "STATUS", "MESSAGE")).style(1, cli.output()::status);
          for (JsonNode status : page.path("results")) {
            table.row(
                List.of(
                    status.path("created_at").asText(),
                    status.path("status").asText(),
                    status.path("message").asText("")));
          }
          cli.output().page(page, table, pageNumber, "statuses");
        });
  }

  /** One row per observation, one column per metric name seen on the page. */
  static void metrics(Cli cli, JsonNode page, int pageNumber) {
    cli.show(
        page,
        () -> {
          Set<String> names = new LinkedHashSet<>();
          for (JsonNode metric : page.path("results")) {
            metric.path("values").fieldNames().forEachRemaining(names::add);
          }
          List<String> headers = new ArrayList<>(List.of("CREATED"));
          headers.addAll(names);
          Table table = new Table(headers);
          for (JsonNode metric : page.path("results")) {
            List<String> row = new ArrayList<>(List.of(metric.path("created_at").asText()));
            for (String name : names) {
              row.add(metric.path("values").path(name).asText(""));
            }
            table.row(row);
          }
          cli.output().page(page, table, pageNumber, "metrics");
        });
  }

  /** The run's status line after an action. */
  static String summary(RunType type, JsonNode run) {
    return capitalised(type.singular())
        + " "
        + run.path("id").asText()
        + " ("
        + run.path("unique_name").asText()
        + ") is "
        + run.path("last_status").asText()
        + ".";
  }

  static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
