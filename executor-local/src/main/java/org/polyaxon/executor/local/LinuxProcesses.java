package org.polyaxon.executor.local;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What the executor needs of the kernel: {@code /proc} and process-group signals. */
final class LinuxProcesses {
  private static final Path PROC = Path.of("/proc");

  /**
   * The state and start time of a process, from {@code /proc/<pid>/stat}.
   *
   * @param state the one-letter state (R, S, D, Z, ...)
   * @param startTicks field 22, the start time in clock ticks since boot
   */
  record Stat(char state, long startTicks) {
    boolean ended() {
      // A zombie has exited; it only waits for a parent (perhaps none) to read its status.
      return state == 'Z' || state == 'X';
    }
  }

  /** The stat of a live or zombie process; empty when there is none with this pid. */
  Optional<Stat> stat(long pid) {
    try {
      return parseStat(Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat")));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // The process vanished while being read (ESRCH) or /proc is unreadable: not ours to signal.
      return Optional.empty();
    }
  }

  static Optional<Stat> parseStat(String line) {
    // The command name sits in parentheses and may contain anything, so count from the last ')'.
    int close = line.lastIndexOf(')');
    if (close < 0) {
      return Optional.empty();
    }
    String[] fields = line.substring(close + 1).trim().split(" +");
    // fields[0] is field 3 (state); field 22 (start time) is fields[19].
    if (fields.length < 20 || fields[0].length() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Stat(fields[0].charAt(0), Long.parseLong(fields[19])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private final String bootId = readBootId();

  /** The kernel's boot id; start ticks are only comparable within one boot. */
  String bootId() {
    return bootId;
  }

  private static String readBootId() {
    try {
      return Files.readString(PROC.resolve("sys/kernel/random/boot_id"), StandardCharsets.US_ASCII)
          .trim();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the boot id: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the recorded wrapper still runs: the same pid, started at the same tick of the same
   * boot. A pid reused by an unrelated process has another start time.
   */
  boolean isAlive(ProcessRecord record) {
    return isAlive(record, record.wrapperPid(), record.wrapperStartTicks());
  }

  /**
   * Whether the command's group leader still runs, the same process the wrapper started. It matters
   * when the wrapper is gone (killed on its own): the command may still run, and only its group can
   * then be signalled. False for records that did not keep the command's start.
   */
  boolean isCommandAlive(ProcessRecord record) {
    return record.commandStartTicks() > 0
        && isAlive(record, record.commandGroup(), record.commandStartTicks());
  }

  private boolean isAlive(ProcessRecord record, long pid, long startTicks) {
    if (!record.bootId().equals(bootId)) {
      return false;
    }
    return stat(pid)
        .filter(stat -> !stat.ended())
        .filter(stat -> stat.startTicks() == startTicks)
        .isPresent();
  }

  /**
   * Sends {@code signal} (TERM, KILL) to every process of a group. Java signals single pids only,
   * and enumerating a group from /proc races with its forks, so bash's kill builtin does it in one
   * kill(2) call.
   */
  void signalGroup(long group, String signal) {
    try {
      Process kill =
          new ProcessBuilder(
                  "/bin/bash",
                  "-c",
                  "kill -s \"$1\" -- \"-$2\" 2>/dev/null",
                  "kill",
                  signal,
                  Long.toString(group))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      kill.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new IllegalStateException("cannot signal process group " + group, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
