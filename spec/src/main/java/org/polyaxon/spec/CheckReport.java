package org.polyaxon.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The machine-readable result of checking Polyaxonfiles ({@code polyaxon check --json}): for a
 * valid file {@code valid: true}, the summary and the compiled form; for an invalid one {@code
 * valid: false} and the problems with their positions.
 */
public final class CheckReport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CheckReport() {}

  /** The report as pretty-printed JSON ending with a newline. */
  public static String json(ParseResult result) {
    ObjectNode report = MAPPER.createObjectNode();
    report.put("valid", result.isValid());
    try {
      if (result instanceof ParseResult.Valid valid) {
        SpecSummary summary = SpecSummary.of(valid.spec());
        report.put("version", summary.version()).put("kind", summary.kind());
        if (summary.experiments() != null) {
          report.put("experiments", summary.experiments());
          report.put("algorithm", summary.algorithm());
          report.put("concurrency", summary.concurrency());
        }
        if (!summary.cluster().isEmpty()) {
          ObjectNode cluster = report.putObject("cluster");
          summary.cluster().forEach(cluster::put);
        }
        report.set("compiled", MAPPER.readTree(valid.compiled()));
      } else {
        ArrayNode problems = report.putArray("problems");
        for (Problem problem : result.problems()) {
          problems
              .addObject()
              .put("file", problem.file())
              .put("line", problem.line())
              .put("column", problem.column())
              .put("path", problem.path())
              .put("message", problem.message());
        }
      }
      return MAPPER.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
