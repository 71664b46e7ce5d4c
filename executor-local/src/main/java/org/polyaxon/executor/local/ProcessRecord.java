package org.polyaxon.executor.local;

import java.util.Optional;

/**
 * What the wrapper records in {@code pid} once the command runs: {@code "<wrapper pid> <wrapper
 * start ticks> <command process group> <boot id> <command start ticks>"}. Records written before
 * the command's start ticks were kept have four words; they read with {@code commandStartTicks} 0.
 *
 * @param wrapperPid the wrapper, alive while the run is
 * @param wrapperStartTicks field 22 of the wrapper's {@code /proc/<pid>/stat}
 * @param commandGroup the process group of the command and its children, which stop() signals; its
 *     leader's pid is the same number
 * @param bootId the kernel's boot id when the wrapper started; start ticks count from that boot
 * @param commandStartTicks field 22 of the group leader's stat, 0 when unknown (it had already
 *     ended when the wrapper looked)
 */
record ProcessRecord(
    long wrapperPid,
    long wrapperStartTicks,
    long commandGroup,
    String bootId,
    long commandStartTicks) {

  static Optional<ProcessRecord> parse(String text) {
    String[] words = text.trim().split(" ");
    if (words.length != 4 && words.length != 5) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(words[0]);
      long ticks = Long.parseLong(words[1]);
      long group = Long.parseLong(words[2]);
      long commandTicks = words.length == 5 ? Long.parseLong(words[4]) : 0;
      if (pid <= 1 || group <= 1 || ticks < 0 || commandTicks < 0 || words[3].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ProcessRecord(pid, ticks, group, words[3], commandTicks));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String format() {
    return wrapperPid
        + " "
        + wrapperStartTicks
        + " "
        + commandGroup
        + " "
        + bootId
        + " "
        + commandStartTicks;
  }
}
