package org.polyaxon.executor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polyaxon.core.error.InvalidInputException;

/**
 * The state directory of one run, {@code <state root>/<run uuid>/}: every fact about the run is a
 * file in it, so that any executor instance, started later, can tell what happened.
 */
final class RunDirectory {
  /** The launch as recorded (properties); written by start() before the process starts. */
  static final String LAUNCH = "launch.properties";

  /** The command text, read by the wrapper; a file so that no quoting can alter it. */
  static final String COMMAND = "command";

  static final String WRAPPER = "run.sh";

  /** The wrapper's own stderr; empty unless the wrapper itself went wrong. */
  static final String WRAPPER_LOG = "wrapper.log";

  /** {@link ProcessRecord}, written by the wrapper once the command runs. */
  static final String PID = "pid";

  /** {@code "<exit code> <epoch millis>"}, written by the wrapper once the output is drained. */
  static final String EXIT = "exit";

  /** Written by stop() before any signal, so a later reader knows the end was asked for. */
  static final String STOPPED = "stopped";

  /** Why the executor could not start the process; the run then never ran. */
  static final String ERROR = "error";

  // Run UUIDs name directories: nothing that could climb out of the state root.
  private static final Pattern RUN_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,63}");

  private final String runUuid;
  private final Path path;

  private RunDirectory(String runUuid, Path path) {
    this.runUuid = runUuid;
    this.path = path;
  }

  static RunDirectory of(Path stateRoot, String runUuid) {
    if (runUuid == null || !RUN_ID.matcher(runUuid).matches()) {
      throw new InvalidInputException("not a run uuid: " + runUuid);
    }
    return new RunDirectory(runUuid, stateRoot.resolve(runUuid));
  }

  static boolean isRunId(String name) {
    return RUN_ID.matcher(name).matches();
  }

  String runUuid() {
    return runUuid;
  }

  Path path() {
    return path;
  }

  Path file(String name) {
    return path.resolve(name);
  }

  boolean exists() {
    return Files.isDirectory(path);
  }

  /**
   * Creates the directory; false when it already exists. mkdir is atomic, so of two concurrent
   * starts of one run, in this JVM or another, exactly one gets true and launches.
   */
  boolean claim() throws IOException {
    Files.createDirectories(path.getParent());
    try {
      Files.createDirectory(path);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  boolean has(String name) {
    return Files.exists(file(name));
  }

  Optional<String> read(String name) {
    try {
      return Optional.of(Files.readString(file(name), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(file(name) + ": " + e.getMessage(), e);
    }
  }

  /** Writes a whole file under a temporary name, then renames it: readers never see half. */
  void publish(String name, String content) throws IOException {
    Path temporary = Files.createTempFile(path, name, ".tmp");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(temporary, file(name), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes a file once; false (and nothing written) when it exists already. */
  boolean publishIfAbsent(String name, String content) throws IOException {
    Path temporary = Files.createTempFile(path, name, ".tmp");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    try {
      // A hard link fails when the target exists, where a rename would replace it.
      Files.createLink(file(name), temporary);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  void delete() throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
