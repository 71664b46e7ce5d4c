package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code polyaxon version [--cli] [--platform]}: this CLI's version and the platform's. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Show the CLI's version and the platform's (both by default).")
final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cli", description = "Only the CLI's version.")
  boolean cli;

  @Option(names = "--platform", description = "Only the platform's version (asks the server).")
  boolean platform;

  @Override
  public Integer call() {
    Cli context = Cli.of(spec);
    boolean both = !cli && !platform;
    ObjectNode versions = StateFiles.JSON.createObjectNode();
    if (cli || both) {
      versions.put("cli", Version.current());
    }
    if (platform || both) {
      JsonNode answer = context.api((String) null).get("/versions/platform");
      versions.put("platform", answer.path("version").asText());
    }
    context.show(
        versions,
        () -> {
          if (versions.has("cli")) {
            context.output().line("CLI version: " + versions.get("cli").asText());
          }
          if (versions.has("platform")) {
            context.output().line("Platform version: " + versions.get("platform").asText());
          }
        });
    return 0;
  }
}
