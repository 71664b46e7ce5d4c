package org.polyaxon.server.http;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.query.Condition;
import org.polyaxon.core.run.query.Condition.Operator;
import org.polyaxon.core.run.query.QueryValue;
import org.polyaxon.core.run.query.RunColumn;
import org.polyaxon.core.run.query.RunField;
import org.polyaxon.core.run.query.RunQuery;
import org.polyaxon.core.run.query.RunQueryParser;

/**
 * The parameters of a run listing (reference 3.1): {@code query} and {@code sort}, {@code
 * archived=true} for the archived runs instead of the live ones (as for projects), and for
 * experiments {@code independent=true} (outside any group), {@code group=<id>}, and {@code
 * metrics=true} / {@code declarations=true}, which answer each run with only its {@code id}, {@code
 * uuid}, {@code unique_name} and {@code last_metric} / {@code declarations} (both: all five).
 * Experiment-only parameters are ignored on other kinds, as 0.4 ignored parameters it did not know.
 */
record RunListRequest(RunQuery query, boolean metrics, boolean declarations) {

  static RunListRequest of(Context ctx, RunKind kind, ZoneId zone) {
    RunQuery query =
        new RunQueryParser(zone).parse(ctx.queryParam("query"), ctx.queryParam("sort"));
    if (flag(ctx, "archived")) {
      query = query.archivedOnly();
    }
    if (kind != RunKind.EXPERIMENT) {
      return new RunListRequest(query, false, false);
    }
    RunField group = new RunField.Column(RunColumn.GROUP);
    if (flag(ctx, "independent")) {
      query = query.and(new Condition(group, false, Operator.ABSENT, List.of()));
    }
    String groupId = ctx.queryParam("group");
    if (groupId != null && !groupId.isBlank()) {
      query = query.and(new Condition(group, false, Operator.EQ, List.of(wholeNumber(groupId))));
    }
    return new RunListRequest(query, flag(ctx, "metrics"), flag(ctx, "declarations"));
  }

  /** Whether only a summary of each run is answered. */
  boolean summary() {
    return metrics || declarations;
  }

  private static boolean flag(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return false;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw new InvalidInputException(
              "Query parameter '" + name + "': expected true or false, got '" + text + "'");
    };
  }

  private static QueryValue wholeNumber(String text) {
    try {
      return new QueryValue.WholeNumber(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "Query parameter 'group': expected a group's id, a whole number, got '" + text + "'");
    }
  }
}
