package org.polyaxon.executor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;

/**
 * Derives an {@link Execution} from a run's state directory alone, so that an executor that did not
 * start the run (a restarted server) reports it exactly as the one that did.
 */
final class ExecutionObserver {
  /**
   * How long a start may take between claiming the directory and the wrapper recording its pid. The
   * wrapper does that within milliseconds; a run older than this without a pid was abandoned by an
   * executor that died while starting it.
   */
  static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final Predicate<ProcessRecord> wrapperAlive;
  private final Predicate<ProcessRecord> commandAlive;
  private final Clock clock;

  /**
   * @param wrapperAlive whether the recorded wrapper still runs
   * @param commandAlive whether the command it started still runs, for when the wrapper does not
   */
  ExecutionObserver(
      Predicate<ProcessRecord> wrapperAlive, Predicate<ProcessRecord> commandAlive, Clock clock) {
    this.wrapperAlive = wrapperAlive;
    this.commandAlive = commandAlive;
    this.clock = clock;
  }

  /**
   * The execution of the run in {@code directory}; empty when there is none.
   *
   * @param startingHere whether this executor is starting the run right now
   */
  Optional<Execution> observe(RunDirectory directory, boolean startingHere) {
    if (!directory.exists()) {
      return Optional.empty();
    }
    try {
      return Optional.of(observeReadable(directory, startingHere));
    } catch (UncheckedIOException e) {
      // One unreadable directory must not hide every other run from the scheduler's pass.
      return Optional.of(
          new Execution(
              directory.runUuid(),
              ExecutionPhase.UNKNOWN,
              OptionalInt.empty(),
              "the run's state cannot be read: " + e.getMessage(),
              createdAt(directory),
              null));
    }
  }

  private Execution observeReadable(RunDirectory directory, boolean startingHere) {
    Optional<LaunchRecord> launch =
        directory.read(RunDirectory.LAUNCH).flatMap(LaunchRecord::parse);
    Facts facts =
        new Facts(
            directory.runUuid(),
            launch.map(LaunchRecord::startedAt).orElseGet(() -> createdAt(directory)),
            launch.flatMap(LaunchRecord::imageNote).orElse(""),
            directory.has(RunDirectory.STOPPED));

    Optional<String> error = directory.read(RunDirectory.ERROR);
    if (error.isPresent()) {
      return facts.ended(ExecutionPhase.FAILED, OptionalInt.empty(), error.get());
    }
    Optional<Execution> exited = exited(directory, facts);
    if (exited.isPresent()) {
      return exited.get();
    }
    Optional<String> pid = directory.read(RunDirectory.PID);
    if (pid.isEmpty()) {
      boolean young = clock.instant().isBefore(facts.startedAt.plus(START_TIMEOUT));
      if (startingHere || (launch.isPresent() && young)) {
        return facts.running(ExecutionPhase.PENDING, "");
      }
      return facts.unknown("no process was recorded: the executor stopped while starting it");
    }
    Optional<ProcessRecord> record = ProcessRecord.parse(pid.get());
    if (record.isEmpty()) {
      return facts.unknown("the process record is damaged: " + pid.get().trim());
    }
    if (wrapperAlive.test(record.get())) {
      return facts.running(ExecutionPhase.RUNNING, facts.stopRequested ? "stopping" : "");
    }
    if (commandAlive.test(record.get())) {
      // Killed on its own, the wrapper no longer records anything; the command still runs and can
      // be stopped, and its end will read as an end without exit code.
      return facts.running(
          ExecutionPhase.RUNNING,
          facts.stopRequested ? "stopping" : "the executor's wrapper is gone; the command runs on");
    }
    // The wrapper may have recorded the exit and ended between the two reads above.
    exited = exited(directory, facts);
    if (exited.isPresent()) {
      return exited.get();
    }
    if (facts.stopRequested) {
      return facts.ended(ExecutionPhase.STOPPED, OptionalInt.empty(), "stopped; no exit code");
    }
    return facts.unknown(
        "the process ended without recording an exit code"
            + " (killed with its wrapper, or the machine restarted)");
  }

  private static Optional<Execution> exited(RunDirectory directory, Facts facts) {
    Optional<String> exit = directory.read(RunDirectory.EXIT);
    if (exit.isEmpty()) {
      return Optional.empty();
    }
    String[] words = exit.get().trim().split(" ");
    int code;
    Instant finishedAt;
    try {
      code = Integer.parseInt(words[0]);
      finishedAt = words.length > 1 ? Instant.ofEpochMilli(Long.parseLong(words[1])) : null;
    } catch (NumberFormatException e) {
      return Optional.of(facts.unknown("the exit record is damaged: " + exit.get().trim()));
    }
    OptionalInt exitCode = OptionalInt.of(code);
    if (facts.stopRequested) {
      return Optional.of(
          facts.endedAt(
              ExecutionPhase.STOPPED, exitCode, "stopped (exit code " + code + ")", finishedAt));
    }
    if (code == 0) {
      return Optional.of(facts.endedAt(ExecutionPhase.SUCCEEDED, exitCode, "", finishedAt));
    }
    return Optional.of(
        facts.endedAt(ExecutionPhase.FAILED, exitCode, "exit code " + code, finishedAt));
  }

  private static Instant createdAt(RunDirectory directory) {
    try {
      return Files.getLastModifiedTime(directory.path()).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /** What every answer about one run shares. */
  private record Facts(String runUuid, Instant startedAt, String imageNote, boolean stopRequested) {

    Execution running(ExecutionPhase phase, String message) {
      return new Execution(runUuid, phase, OptionalInt.empty(), withNote(message), startedAt, null);
    }

    Execution unknown(String message) {
      return running(ExecutionPhase.UNKNOWN, message);
    }

    Execution ended(ExecutionPhase phase, OptionalInt exitCode, String message) {
      return endedAt(phase, exitCode, message, startedAt);
    }

    Execution endedAt(
        ExecutionPhase phase, OptionalInt exitCode, String message, Instant finishedAt) {
      return new Execution(
          runUuid,
          phase,
          exitCode,
          withNote(message),
          startedAt,
          finishedAt == null ? startedAt : finishedAt);
    }

    private String withNote(String message) {
      return Stream.of(message, imageNote)
          .filter(part -> !part.isEmpty())
          .collect(Collectors.joining("; "));
    }
  }
}
