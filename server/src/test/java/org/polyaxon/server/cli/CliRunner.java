package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.polyaxon.cli.CliContext;
import org.polyaxon.cli.CliEnvironment;
import org.polyaxon.cli.PolyaxonCommand;
import org.polyaxon.cli.Prompter;
import picocli.CommandLine;

/**
 * Runs the {@code polyaxon} command line in-process, as the launcher would, with its own
 * environment, CLI home and working directory, and captures what it prints.
 */
final class CliRunner {
  private final Map<String, String> env;
  private final Path home;
  private final Path workDir;

  private CliRunner(Map<String, String> env, Path home, Path workDir) {
    this.env = Map.copyOf(env);
    this.home = home;
    this.workDir = workDir;
  }

  /** A CLI pointed at the server on {@code port}, its state in {@code home}, run in {@code dir}. */
  static CliRunner against(int port, Path home, Path workDir) {
    return new CliRunner(
        Map.of(
            "POLYAXON_CLI_HOME", home.toString(),
            "POLYAXON_API_HOST", "127.0.0.1",
            "POLYAXON_HTTP_PORT", String.valueOf(port)),
        home,
        workDir);
  }

  /** A port nothing listens on (just released by the operating system). */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs in with {@code token}; the login is stored in this CLI's home. */
  CliRunner loggedIn(String token) {
    Result login = run("login", "--token", token);
    assertThat(login.exit()).as(login.toString()).isZero();
    return this;
  }

  /** Creates a project and binds the working directory to it. */
  CliRunner boundToNewProject(String name) {
    Result created = run("project", "create", "--name", name, "--init");
    assertThat(created.exit()).as(created.toString()).isZero();
    return this;
  }

  /**
   * Writes the working directory's {@code polyaxonfile.yml}: an experiment that runs {@code cmd}.
   */
  void writeExperiment(String cmd) {
    try {
      Files.writeString(
          workDir.resolve("polyaxonfile.yml"),
          "version: 1\nkind: experiment\nbuild: {image: python:3.11}\nrun:\n  cmd: " + cmd + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CliRunner in(Path dir) {
    return new CliRunner(env, home, dir);
  }

  CliRunner withEnv(String name, String value) {
    Map<String, String> changed = new HashMap<>(env);
    changed.put(name, value);
    return new CliRunner(changed, home, workDir);
  }

  Path home() {
    return home;
  }

  Path workDir() {
    return workDir;
  }

  /**
   * What one invocation did.
   *
   * @param exit its exit code
   * @param out what it printed on stdout
   * @param err what it printed on stderr
   */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        PolyaxonCommand.commandLine(
            new CliContext(CliEnvironment.of(env), workDir, home, false, Prompter.none()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
