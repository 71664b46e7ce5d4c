package org.polyaxon.cli;

import java.io.Console;
import java.nio.file.Path;

/**
 * Where one CLI invocation runs: its environment, working directory, the directory of its global
 * state, and whether a person is at a terminal. Tests build their own; {@link #system()} is the
 * real process.
 *
 * @param env environment variables
 * @param workDir the directory relative paths and {@code ./.polyaxon} are resolved against
 * @param home the global state directory ({@code .polyaxonconfig}, {@code .polyaxonauth})
 * @param terminal true when stdout is a terminal: colours and progress bars only then
 * @param prompter asks questions (login, confirmations)
 */
public record CliContext(
    CliEnvironment env, Path workDir, Path home, boolean terminal, Prompter prompter) {

  /** {@code POLYAXON_CLI_HOME}, else {@code $HOME/.polyaxon} (shared with the server's home). */
  public static Path homeOf(CliEnvironment env) {
    String explicit = env.nonBlank("POLYAXON_CLI_HOME");
    if (explicit != null) {
      return Path.of(explicit).toAbsolutePath();
    }
    String home = env.nonBlank("HOME");
    return Path.of(home != null ? home : System.getProperty("user.home")).resolve(".polyaxon");
  }

  /** The real process: its environment, current directory and console. */
  public static CliContext system() {
    CliEnvironment env = CliEnvironment.system();
    boolean terminal = onTerminal();
    return new CliContext(
        env,
        Path.of("").toAbsolutePath(),
        homeOf(env),
        terminal,
        terminal ? Prompter.console() : Prompter.none());
  }

  /**
   * Whether the process reads and writes a terminal. Up to JDK 21 there is a console only then;
   * from 22 there is one even when piped, and {@code Console.isTerminal()} (called reflectively,
   * this code compiles for 17) tells.
   */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException before22) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Resolves a path given on the command line against the working directory. */
  public Path resolve(String path) {
    return workDir.resolve(path).normalize();
  }

  /** Colours only on a terminal and when {@code NO_COLOR} is unset (no-color.org). */
  public boolean colours() {
    return terminal && env.get("NO_COLOR") == null;
  }
}
