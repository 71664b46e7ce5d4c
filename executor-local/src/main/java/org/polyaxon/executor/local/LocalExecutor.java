package org.polyaxon.executor.local;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.executor.Execution;
import org.polyaxon.core.executor.ExecutionPhase;
import org.polyaxon.core.executor.Executor;
import org.polyaxon.core.executor.Launch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs each launch as a local process for the one-machine platform. Every run is a bash wrapper in
 * a session of its own ({@code setsid}), so it outlives the server, even one killed with SIGKILL;
 * everything known about it is a file under {@code <state root>/<run uuid>/}, so a new instance on
 * the same root re-attaches to runs an earlier one started. Launch images are recorded, not used:
 * there is no container runtime here.
 *
 * <p>Thread-safe. {@link #close()} stops the timer of pending forced stops; runs keep running.
 */
public final class LocalExecutor implements Executor, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalExecutor.class);
  private static final Path SETSID = findSetsid();

  /** The MDC key that carries the run through the log lines of a start or a stop. */
  private static final String RUN_UUID = "run_uuid";

  private final Path stateRoot;
  private final Clock clock;
  private final Timestamper timestamper;
  private final LinuxProcesses processes = new LinuxProcesses();
  private final ExecutionObserver observer;
  private final Map<String, String> serverEnvironment;
  private final Set<String> startingHere = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService killer;
  private final String scope;

  /**
   * @param stateRoot where run state directories live, for example {@code $POLYAXON_HOME/runs}
   * @param clock the time recorded as a run's start
   */
  public LocalExecutor(Path stateRoot, Clock clock) {
    this(stateRoot, clock, Timestamper.detect(), System.getenv());
  }

  LocalExecutor(
      Path stateRoot, Clock clock, Timestamper timestamper, Map<String, String> serverEnvironment) {
    this.stateRoot = stateRoot.toAbsolutePath();
    this.clock = Objects.requireNonNull(clock);
    this.timestamper = Objects.requireNonNull(timestamper);
    this.serverEnvironment = Map.copyOf(serverEnvironment);
    this.observer = new ExecutionObserver(processes::isAlive, processes::isCommandAlive, clock);
    this.scope = ScopeFile.readOrCreate(this.stateRoot);
    this.killer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "local-executor-stop");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Unique to this state root: its processes are this machine's alone. */
  @Override
  public String scope() {
    return scope;
  }

  @Override
  public void start(Launch launch) {
    RunDirectory directory = RunDirectory.of(stateRoot, launch.runUuid());
    MDC.put(RUN_UUID, launch.runUuid());
    try {
      start(directory, launch);
    } finally {
      MDC.remove(RUN_UUID);
    }
  }

  private void start(RunDirectory directory, Launch launch) {
    try {
      if (!directory.claim()) {
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the state of run " + launch.runUuid(), e);
    }
    startingHere.add(launch.runUuid());
    try {
      directory.publish(RunDirectory.LAUNCH, LaunchRecord.of(launch, clock.instant()).format());
      Optional<String> problem = launch(directory, launch);
      if (problem.isPresent()) {
        directory.publishIfAbsent(RunDirectory.ERROR, problem.get());
        LOG.warn("run {} did not start: {}", launch.runUuid(), problem.get());
      }
    } catch (IOException e) {
      recordError(directory, "the local executor could not start the process: " + e.getMessage());
    } finally {
      startingHere.remove(launch.runUuid());
    }
  }

  /** Starts the wrapper and waits for it to say the command runs; a problem if it did not. */
  private Optional<String> launch(RunDirectory directory, Launch launch) throws IOException {
    Path workingDirectory = launch.workingDirectory();
    if (workingDirectory == null || !Files.isDirectory(workingDirectory)) {
      return Optional.of("working directory " + workingDirectory + " does not exist");
    }
    Path logFile = launch.logFile().toAbsolutePath();
    Files.createDirectories(logFile.getParent());
    Files.writeString(directory.file(RunDirectory.COMMAND), launch.command());
    Path wrapper = directory.file(RunDirectory.WRAPPER);
    Files.writeString(wrapper, WrapperScript.render(directory.path(), logFile, timestamper));
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));

    ProcessBuilder builder =
        new ProcessBuilder(SETSID.toString(), "/bin/bash", wrapper.toString())
            .directory(workingDirectory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectError(
                ProcessBuilder.Redirect.appendTo(
                    directory.file(RunDirectory.WRAPPER_LOG).toFile()));
    builder.environment().clear();
    builder.environment().putAll(RunEnvironment.of(serverEnvironment, launch.environment()));
    if (!RunEnvironment.dropped(launch.environment()).isEmpty()) {
      LOG.warn(
          "run {}: variables {} are not passed, they would change the executor's wrapper",
          launch.runUuid(),
          RunEnvironment.dropped(launch.environment()));
    }
    Process wrapperProcess = builder.start();
    // The wrapper prints one line once the command runs, then stops writing to this pipe, so the
    // pipe can close with this JVM at any time without the run noticing.
    try (BufferedReader handshake =
        new BufferedReader(
            new InputStreamReader(wrapperProcess.getInputStream(), StandardCharsets.UTF_8))) {
      String line = handshake.readLine();
      if (!WrapperScript.STARTED.equals(line)) {
        String details =
            directory.read(RunDirectory.WRAPPER_LOG).map(String::trim).orElse("").strip();
        return Optional.of(
            "the local executor could not start the process"
                + (details.isEmpty() ? "" : ": " + details));
      }
    }
    LOG.info("run {} started in {}", launch.runUuid(), workingDirectory);
    return Optional.empty();
  }

  private static void recordError(RunDirectory directory, String message) {
    try {
      directory.publishIfAbsent(RunDirectory.ERROR, message);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record why run " + directory.runUuid() + " failed", e);
    }
  }

  @Override
  public Optional<Execution> inspect(String runUuid) {
    RunDirectory directory = RunDirectory.of(stateRoot, runUuid);
    return observer.observe(directory, startingHere.contains(runUuid));
  }

  @Override
  public List<Execution> list() {
    if (!Files.isDirectory(stateRoot)) {
      return List.of();
    }
    List<Execution> executions = new ArrayList<>();
    try (Stream<Path> entries = Files.list(stateRoot)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (RunDirectory.isRunId(name)) {
          inspect(name).ifPresent(executions::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + stateRoot, e);
    }
    return executions;
  }

  @Override
  public void stop(String runUuid, Duration grace) {
    if (killer.isShutdown()) {
      throw new IllegalStateException("this executor is closed");
    }
    MDC.put(RUN_UUID, runUuid);
    try {
      stop(RunDirectory.of(stateRoot, runUuid), grace);
    } finally {
      MDC.remove(RUN_UUID);
    }
  }

  private void stop(RunDirectory directory, Duration grace) {
    String runUuid = directory.runUuid();
    Optional<Execution> execution = inspect(runUuid);
    if (execution.isEmpty() || isDone(execution.get().phase())) {
      return;
    }
    try {
      // The marker goes first: if this JVM dies now, a later reader still knows the end was asked
      // for, and a wrapper that has not recorded its pid yet signals its command itself.
      directory.publishIfAbsent(RunDirectory.STOPPED, clock.instant().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the stop of run " + runUuid, e);
    }
    Optional<ProcessRecord> record = directory.read(RunDirectory.PID).flatMap(ProcessRecord::parse);
    if (record.isEmpty() || !isRunning(record.get())) {
      return;
    }
    ProcessRecord process = record.get();
    processes.signalGroup(process.commandGroup(), "TERM");
    LOG.info("run {}: SIGTERM sent, SIGKILL in {}", runUuid, grace);
    killer.schedule(
        () -> {
          // The group id could be reused once its processes have ended; it is ours while the
          // wrapper or the group's leader lives.
          if (!directory.has(RunDirectory.EXIT) && isRunning(process)) {
            MDC.put(RUN_UUID, runUuid);
            try {
              processes.signalGroup(process.commandGroup(), "KILL");
              LOG.info("run {}: SIGKILL sent after {}", runUuid, grace);
            } finally {
              MDC.remove(RUN_UUID);
            }
          }
        },
        Math.max(0, grace.toMillis()),
        TimeUnit.MILLISECONDS);
  }

  /** The wrapper runs, or, if it was killed on its own, the command it started still does. */
  private boolean isRunning(ProcessRecord process) {
    return processes.isAlive(process) || processes.isCommandAlive(process);
  }

  @Override
  public void remove(String runUuid) {
    RunDirectory directory = RunDirectory.of(stateRoot, runUuid);
    Optional<Execution> execution = inspect(runUuid);
    if (execution.isEmpty()) {
      return;
    }
    ExecutionPhase phase = execution.get().phase();
    if (phase == ExecutionPhase.RUNNING || phase == ExecutionPhase.PENDING) {
      throw new ConflictException("run " + runUuid + " is " + phase + "; stop it first");
    }
    try {
      directory.delete();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the state of run " + runUuid, e);
    }
  }

  /** Stops the timer of pending forced stops; the runs themselves keep running. */
  @Override
  public void close() {
    killer.shutdownNow();
  }

  private static boolean isDone(ExecutionPhase phase) {
    return phase == ExecutionPhase.SUCCEEDED
        || phase == ExecutionPhase.FAILED
        || phase == ExecutionPhase.STOPPED;
  }

  private static Path findSetsid() {
    return Stream.of("/usr/bin/setsid", "/bin/setsid")
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(Path.of("/usr/bin/setsid"));
  }
}
