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
 * {@code polyaxon check [-f FILE...] [--version] [--definition] [--json]}: validates Polyaxonfiles
 * locally, merged in order; without {@code -f}, the first of 0.4.4's default names found here. Exit
 * 0 and a summary when valid, 1 and one problem per line when not, 2 for usage errors.
 */
@Command(
    name = "check",
    // Not the standard mixin: --version here is the file's version, as in 0.4.4.
    mixinStandardHelpOptions = false,
    description = {
      "Check Polyaxonfiles locally (merged in the order given) and summarise them.",
      "Without -f: the first of polyaxon, polyaxonci, polyaxon-ci, polyaxon.ci, polyaxonfile"
          + " (.yaml, .yml, .json) found in this directory.",
      "Exit status: 0 valid, 1 invalid (one problem per line: file:line:column: key.path:"
          + " message), 2 usage error."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "A Polyaxonfile (YAML or JSON); repeat to merge several, later ones winning.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = {"-v", "--version"},
      description = "Print the file's specification version (`The version is: 1`).")
  boolean version;

  @Option(
      names = {"-def", "--definition"},
      description = "Print the compiled definition (the merged files, defaults filled in) as JSON.")
  boolean definition;

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
    CliContext context = Cli.of(spec).context();
    List<Path> paths = files.isEmpty() ? List.of(defaultFile(context)) : resolved(context);
    ParseResult result;
    try {
      result = PolyaxonfileParser.parseFiles(paths);
    } catch (RuntimeException e) {
      // The parser reports bad input as problems; reaching this is a bug, said in one line.
      spec.commandLine().getErr().println("polyaxon check: internal error, please report it: " + e);
      return 1;
    }
    // --json is the global option: a JSON report, the summary and compiled form or the problems.
    if (Cli.of(spec).output().json()) {
      out.print(CheckReport.json(result));
    } else if (result instanceof ParseResult.Valid valid) {
      printValid(out, valid);
    } else {
      result.problems().stream().map(Problem::toString).forEach(out::println);
    }
    out.flush();
    return result.isValid() ? 0 : 1;
  }

  /** The summary; or only what --version and --definition ask for, so that scripts can read it. */
  private void printValid(PrintWriter out, ParseResult.Valid valid) {
    SpecSummary summary = SpecSummary.of(valid.spec());
    if (!version && !definition) {
      summary.lines().forEach(out::println);
      return;
    }
    if (version) {
      out.println("The version is: " + summary.version());
    }
    if (definition) {
      out.println(valid.compiled().strip());
    }
  }

  private List<Path> resolved(CliContext context) {
    List<Path> paths = files.stream().map(file -> context.workDir().resolve(file)).toList();
    for (Path file : paths) {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "No such file: " + file);
      }
    }
    return paths;
  }

  private Path defaultFile(CliContext context) {
    return SpecFiles.defaultFile(context)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(), SpecFiles.NO_DEFAULT_FILE + ": pass -f FILE"));
  }
}
