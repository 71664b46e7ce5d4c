package org.polyaxon.server.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What a test that waited in vain for a local run prints: the executor's state files of the run and
 * the processes they name, so a failure on a CI machine can be read without reproducing it.
 */
final class RunStateDump {
  private static final long MAX_FILE = 4096;

  private RunStateDump() {}

  static String of(Path state) {
    StringBuilder dump = new StringBuilder("state of ").append(state).append(":\n");
    try (Stream<Path> files = Files.list(state)) {
      for (Path file : files.sorted().toList()) {
        dump.append("-- ").append(file.getFileName());
        // The wrapper script is the same for every run: its name is enough.
        if (Files.isRegularFile(file)
            && Files.size(file) <= MAX_FILE
            && !file.getFileName().toString().equals("run.sh")) {
          dump.append(": ").append(Files.readString(file).strip());
        }
        dump.append('\n');
      }
      Path pid = state.resolve("pid");
      if (Files.exists(pid)) {
        String[] words = Files.readString(pid).trim().split(" ");
        dump.append(processes(words[0], words.length > 2 ? words[2] : words[0]));
      }
    } catch (IOException e) {
      dump.append("(cannot read: ").append(e.getMessage()).append(")\n");
    }
    return dump.append(schedulerThreads()).toString();
  }

  /** Where the scheduler's threads are: a pass stuck on something shows here. */
  private static String schedulerThreads() {
    StringBuilder threads = new StringBuilder();
    Thread.getAllStackTraces()
        .forEach(
            (thread, stack) -> {
              if (thread.getName().startsWith("polyaxon-scheduler")
                  || thread.getName().startsWith("local-executor")) {
                threads.append("thread ").append(thread.getName()).append(' ');
                threads.append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                  threads.append("  at ").append(frame).append('\n');
                }
              }
            });
    return threads.toString();
  }

  /** The wrapper's session and the command's group, as ps sees them. */
  private static String processes(String wrapperPid, String commandGroup) throws IOException {
    Process ps =
        new ProcessBuilder(
                "/bin/bash",
                "-c",
                "ps -eo pid,pgid,sid,stat,lstart,args | awk -v s=\"$1\" -v g=\"$2\""
                    + " 'NR == 1 || $2 == g || $3 == s'",
                "ps",
                wrapperPid,
                commandGroup)
            .redirectErrorStream(true)
            .start();
    try {
      String out = new String(ps.getInputStream().readAllBytes());
      ps.waitFor();
      return "processes of session " + wrapperPid + " and group " + commandGroup + ":\n" + out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
