package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.polyaxon.cli.AuthStore.Auth;
import org.polyaxon.cli.ProjectDir.ProjectRef;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command needs for one invocation, found from its picocli spec: the context, the output
 * (honouring the global {@code --json}), the API client and the defaults of {@code ./.polyaxon}.
 */
final class Cli {
  private final CliContext context;
  private final Output output;

  private Cli(CliContext context, Output output) {
    this.context = context;
    this.output = output;
  }

  static Cli of(CommandSpec spec) {
    CommandLine root = spec.root().commandLine();
    if (!(root.getCommand() instanceof PolyaxonCommand polyaxon)) {
      throw new IllegalStateException("client commands run under the polyaxon command");
    }
    CliContext context = polyaxon.context();
    boolean json = PolyaxonCommand.matched(root.getParseResult(), "--json");
    return new Cli(context, new Output(root.getOut(), root.getErr(), json, context.colours()));
  }

  /**
   * The value of an option inherited by subcommands ({@code -p}, {@code -xp}): it may come before
   * or after the subcommand, and lands on whichever level matched it.
   */
  static <T> T optionValue(CommandSpec spec, String name) {
    T value = null;
    for (var level = spec.root().commandLine().getParseResult();
        level != null;
        level = level.subcommand()) {
      if (level.hasMatchedOption(name)) {
        value = level.matchedOptionValue(name, null);
      }
    }
    return value;
  }

  CliContext context() {
    return context;
  }

  Output output() {
    return output;
  }

  ClientConfig config() {
    return ClientConfig.effective(context.home(), context.env());
  }

  ProjectDir projectDir() {
    return new ProjectDir(context.workDir());
  }

  Optional<Auth> auth() {
    return AuthStore.current(context.home(), context.env());
  }

  /** The API with the stored token; without one, exit 4 telling how to log in. */
  ApiClient api() {
    return new ApiClient(config().baseUrl(), token(), config().verifySsl());
  }

  /** The same API at {@link ClientConfig#streamsUrl()}, where live logs are followed. */
  ApiClient streams() {
    return new ApiClient(config().streamsUrl(), token(), config().verifySsl());
  }

  private String token() {
    return auth()
        .orElseThrow(
            () ->
                CliException.auth(
                    "Not logged in: run `polyaxon login` (or set POLYAXON_SECRET_USER_TOKEN)"))
        .token();
  }

  ApiClient api(String token) {
    return new ApiClient(config().baseUrl(), token, config().verifySsl());
  }

  /** The logged-in user's name: from {@code .polyaxonauth}, else asked of the server. */
  String username() {
    Optional<Auth> auth = auth();
    if (auth.isPresent() && auth.get().username() != null) {
      return auth.get().username();
    }
    return api().get("/users").path("username").asText();
  }

  /** {@code -p USER/PROJECT} (or {@code PROJECT} for one's own), else the directory's binding. */
  ProjectRef project(String option) {
    if (option != null) {
      return ProjectRef.parse(option, option.contains("/") ? null : username());
    }
    return projectDir()
        .project()
        .orElseThrow(
            () ->
                CliException.user(
                    "No project given: pass -p USER/PROJECT, or bind this directory with"
                        + " `polyaxon init PROJECT`"));
  }

  /** The run id given, else the last one created from this directory. */
  long runId(RunType type, ProjectRef project, Long option) {
    if (option != null) {
      return option;
    }
    return projectDir()
        .lastRun(type, project)
        .orElseThrow(
            () ->
                CliException.user(
                    "No "
                        + type.singular()
                        + " given: pass "
                        + type.option()
                        + " ID (none was created from this directory for "
                        + project
                        + ")"));
  }

  /** Asks before something destructive; {@code --yes} skips it, no terminal needs it. */
  void confirm(boolean yes, String question) {
    if (yes) {
      return;
    }
    if (!context.terminal()) {
      throw CliException.user(question + " Pass --yes to confirm (no terminal to ask on).");
    }
    String answer = context.prompter().readLine(question + " [y/N] ");
    if (!answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
      throw CliException.user("Cancelled");
    }
  }

  /** Prints the server's JSON with --json, else what {@code human} prints. */
  void show(JsonNode node, Runnable human) {
    if (output.json()) {
      output.printJson(node);
    } else {
      human.run();
    }
  }
}
