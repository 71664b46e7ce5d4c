package org.polyaxon.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code bin/polyaxon} started as a real process, its merged output collected line by line. */
final class LauncherProcess implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private LauncherProcess(Process process) {
    this.process = process;
    this.reader = new Thread(this::readOutput, "launcher-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** The repository root, handed over by the build (failsafe's polyaxon.root). */
  static Path repositoryRoot() {
    return Path.of(System.getProperty("polyaxon.root", "..")).toAbsolutePath().normalize();
  }

  static LauncherProcess start(Path root, Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("bin/polyaxon").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // A null value removes the variable: the launcher must not see the developer's own.
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    try {
      return new LauncherProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  String output() {
    return String.join("\n", lines);
  }

  /** The first capture group of the first line matching {@code pattern}, once printed. */
  Optional<String> find(Pattern pattern) {
    for (String line : lines) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  Process process() {
    return process;
  }

  /**
   * Sends SIGTERM. Through the process handle, not {@link Process#destroy()}, which also closes the
   * output pipe and so loses what the process prints while it shuts down.
   */
  void signalTerm() {
    process.toHandle().destroy();
  }

  /** Sends SIGKILL, keeping the output pipe open like {@link #signalTerm()}. */
  void signalKill() {
    process.toHandle().destroyForcibly();
  }

  /** Waits for the process to exit and for all it printed to be read; returns its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + ":\n" + output());
    }
    reader.join(timeout.toMillis());
    return process.exitValue();
  }

  private void readOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("<output closed: " + e.getMessage() + ">");
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
