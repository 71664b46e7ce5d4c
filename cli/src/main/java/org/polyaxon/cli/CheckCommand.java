package org.polyaxon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.polyaxon.spec.CheckReport;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.Problem;
import org.polyaxon.spec.SpecSummary;
import org.polyaxon.spec.schema.PolyaxonfileSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code polyaxon check -f FILE [-f FILE...] [--json]}: validates Polyaxonfiles locally, merged in
 * order. Exit 0 and a summary when valid, 1 and one problem per line when not, 2 for usage errors.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check Polyaxonfiles locally (merged in the order given) and summarise them.",
      "Exit status: 0 valid, 1 invalid (one problem per line: file:line:column: key.path:"
          + " message), 2 usage error."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "A Polyaxonfile (YAML or JSON); repeat to merge several, later ones winning.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--schema",
      description = "Print the JSON Schema of Polyaxonfiles (for editors) and exit.")
  boolean schema;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (schema) {
      out.print(PolyaxonfileSchema.jsonSchemaText());
      out.flush();
      return 0;
    }
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: --file=FILE");
    }
    CliContext context = Cli.of(spec).context();
    files = files.stream().map(file -> context.workDir().resolve(file)).toList();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "No such file: " + file);
      }
    }
    ParseResult result;
    try {
      result = PolyaxonfileParser.parseFiles(files);
    } catch (RuntimeException e) {
      // The parser reports bad input as problems; reaching this is a bug, said in one line.
      spec.commandLine().getErr().println("polyaxon check: internal error, please report it: " + e);
      return 1;
    }
    // --json is the global option: a JSON report, the summary and compiled form or the problems.
    if (Cli.of(spec).output().json()) {
      out.print(CheckReport.json(result));
    } else if (result instanceof ParseResult.Valid valid) {
      SpecSummary.of(valid.spec()).lines().forEach(out::println);
    } else {
      result.problems().stream().map(Problem::toString).forEach(out::println);
    }
    out.flush();
    return result.isValid() ? 0 : 1;
  }
}
