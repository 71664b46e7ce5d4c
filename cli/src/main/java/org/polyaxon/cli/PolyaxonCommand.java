package org.polyaxon.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The root {@code polyaxon} command. Client subcommands live in this module; the launcher adds the
 * {@code server} subcommand when it wires the platform. Exit codes (docs/cli.md): 0 ok, 1 user
 * error, 2 usage, 3 server unreachable, 4 authentication.
 */
@Command(
    name = "polyaxon",
    // Inherited by every subcommand, method ones included: -h/--help everywhere.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = PolyaxonCommand.VersionProvider.class,
    description = "Polyaxon: run, track and compare machine-learning experiments.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      CheckCommand.class,
      ConfigCommand.class,
      LoginCommand.class,
      LogoutCommand.class,
      WhoamiCommand.class,
      VersionCommand.class,
      InitCommand.class,
      ProjectCommand.class,
      UploadCommand.class,
      RunCommand.class,
      ExperimentCommand.class,
      JobCommand.class,
      UserCommand.class,
      SuperuserCommand.class,
      DashboardCommand.class,
      NotOnServerCommands.Group.class,
      NotOnServerCommands.Build.class,
      NotOnServerCommands.Notebook.class,
      NotOnServerCommands.Tensorboard.class
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer =
        "Exit status: 0 ok, 1 user error, 2 usage error, 3 server unreachable, 4 not"
            + " authenticated or not allowed.")
public final class PolyaxonCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print the server's JSON instead of tables (for scripts).")
  boolean json;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On errors, print the stack trace too.")
  boolean verbose;

  private final CliContext context;

  PolyaxonCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
  }

  /** Builds the command line of the real process. */
  public static CommandLine commandLine() {
    return commandLine(CliContext.system());
  }

  /** Builds the command line for a context (tests run the CLI in-process with their own). */
  public static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new PolyaxonCommand(context));
    commandLine.setParameterExceptionHandler(PolyaxonCommand::usageError);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          PrintWriter err = failed.getErr();
          boolean verbose = matched(parseResult, "--verbose");
          if (exception instanceof CliException known) {
            err.println("polyaxon: " + known.getMessage());
            if (verbose) {
              known.printStackTrace(err);
            }
            err.flush();
            return known.exitCode();
          }
          boolean client = isClientCommand(parseResult);
          err.println(
              "polyaxon: unexpected error: "
                  + exception
                  + (verbose || !client ? "" : " (run with --verbose for the stack trace)"));
          if (verbose || !client) {
            exception.printStackTrace(err);
          }
          err.flush();
          return CliException.USER_ERROR;
        });
    return commandLine;
  }

  /**
   * A usage error in one line like every other error (picocli would print the whole usage help,
   * burying the message), naming the help that has the rest.
   */
  private static int usageError(ParameterException exception, String[] args) {
    CommandLine failed = exception.getCommandLine();
    String message = exception.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
    if (exception instanceof UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      message += "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
    }
    PrintWriter err = failed.getErr();
    err.println(
        "polyaxon: " + message + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return CliException.USAGE;
  }

  /**
   * Adds a command of the platform side ({@code server}, {@code admin}, wired by the launcher) and
   * takes the client-only global options ({@code --json}, {@code --verbose}) off it again.
   */
  public static CommandLine addPlatformCommand(CommandLine root, Object command) {
    CommandLine added = new CommandLine(command);
    root.addSubcommand(added);
    withoutClientOptions(added, root.getCommandSpec().usageMessage().footer());
    return root;
  }

  private static void withoutClientOptions(CommandLine commandLine, String[] clientFooter) {
    var usage = commandLine.getCommandSpec().usageMessage();
    if (java.util.Arrays.equals(usage.footer(), clientFooter)) {
      usage.footerHeading("").footer(new String[0]);
    }
    for (String name : new String[] {"--json", "--verbose"}) {
      var option = commandLine.getCommandSpec().findOption(name);
      if (option != null && option.inherited()) {
        commandLine.getCommandSpec().remove(option);
      }
    }
    commandLine.getSubcommands().values().forEach(sub -> withoutClientOptions(sub, clientFooter));
  }

  private static boolean isClientCommand(ParseResult parseResult) {
    ParseResult first = parseResult.subcommand();
    return first == null
        || first.commandSpec().userObject().getClass().getPackageName().equals("org.polyaxon.cli");
  }

  /** True when the option was given on any command of the invocation. */
  static boolean matched(ParseResult parseResult, String option) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void run() {
    // No subcommand given: show what there is to run.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints {@code polyaxon <version>} for {@code --version}. */
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"polyaxon " + Version.current()};
    }
  }
}
