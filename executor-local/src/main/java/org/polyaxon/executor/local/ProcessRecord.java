package org.polyaxon.executor.local;

import java.util.Optional;

/**
 * What the wrapper records in {@code pid} once the command runs: {@code "<wrapper pid> <wrapper
 * start ticks> <command process group> <boot id>"}.
 *
 * @param wrapperPid the wrapper, alive while the run is
 * @param wrapperStartTicks field 22 of the wrapper's {@code /proc/<pid>/stat}
 * @param commandGroup the process group of the command and its children, which stop() signals
 * @param bootId the kernel's boot id when the wrapper started; start ticks count from that boot
 */
record ProcessRecord(long wrapperPid, long wrapperStartTicks, long commandGroup, String bootId) {

  static Optional<ProcessRecord> parse(String text) {
    String[] words = text.trim().split(" ");
    if (words.length != 4) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(words[0]);
      long ticks = Long.parseLong(words[1]);
      long group = Long.parseLong(words[2]);
      if (pid <= 1 || group <= 1 || ticks < 0 || words[3].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ProcessRecord(pid, ticks, group, words[3]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String format() {
    return wrapperPid + " " + wrapperStartTicks + " " + commandGroup + " " + bootId;
  }
}
