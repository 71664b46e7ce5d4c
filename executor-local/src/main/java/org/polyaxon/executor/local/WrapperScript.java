package org.polyaxon.executor.local;

import java.nio.file.Path;

/**
 * Renders {@code run.sh}, the bash script that runs one launch detached from the server. It is the
 * only writer of the files that say what became of the process ({@code pid}, {@code exit}), so what
 * a later executor reads does not depend on the JVM that started the run being alive.
 */
final class WrapperScript {
  /** The line the wrapper prints once the command runs; {@code start()} returns on it. */
  static final String STARTED = "started";

  private static final String TEMPLATE =
      """
      #!/bin/bash
      # One run of the Polyaxon local executor, in a session of its own so that it outlives the
      # server. Layout and protocol: docs/architecture.md, section "Local executor".
      state=@STATE@
      log=@LOG@

      # A state file is written under a temporary name and renamed: readers see all or nothing.
      publish() { printf '%s\\n' "$2" >"$state/$1.tmp" && /bin/mv -f "$state/$1.tmp" "$state/$1"; }

      # Whether the command's process still exists, stopped rather than ended. Once ended, bash
      # has reaped it and its /proc entry is gone.
      suspended() {
        local stat
        read -r stat 2>/dev/null <"/proc/$command_pid/stat" || return 1
        stat=${stat##*) }
        [[ ${stat:0:1} == [Tt] ]]
      }

      # Field 22 of /proc/<pid>/stat is the start time in ticks since boot; with the boot id it
      # tells this process apart from a later one that reuses its pid. Fields are counted after
      # the command name, which may itself hold spaces and parentheses.
      read -r stat <"/proc/$$/stat"
      stat=${stat##*) }
      set -- $stat
      started=${20}
      read -r boot </proc/sys/kernel/random/boot_id

      # Job control gives each background job a process group of its own, created before `&`
      # returns. stop() signals the command's group only: this wrapper and the log writer live
      # on to record the exit code and the last lines.
      set -m
      IFS= read -r -d '' command <"$state/command"
      /usr/bin/mkfifo -m 600 "$state/output" || exit 1
      @TIMESTAMPER@ <"$state/output" >>"$log" 2>>"$state/wrapper.log" &
      writer=$!
      /bin/bash -c "$command" </dev/null >"$state/output" 2>&1 &
      command_pid=$!
      # The command's own start time, so that it can still be told apart from a later process
      # with its pid, and stopped, should this wrapper be killed; 0 if it has already ended.
      command_started=0
      if read -r stat 2>/dev/null <"/proc/$command_pid/stat"; then
        stat=${stat##*) }
        set -- $stat
        command_started=${20}
      fi
      publish pid "$$ $started $command_pid $boot $command_started"
      # stop() may have looked for the pid file before it existed; then the signal is ours to send.
      [[ -e $state/stopped ]] && kill -s TERM -- "-$command_pid" 2>/dev/null
      echo @STARTED@
      exec >/dev/null

      # With job control, wait also returns when the job is merely suspended (SIGSTOP): only its
      # end counts. `wait -f` is not used: bash 5.2 spins in it for ever, at full CPU, when the
      # job is killed right after it started. Its stderr goes nowhere: bash would report a
      # killed job there, and the exit code says it already.
      while :; do
        wait "$command_pid" 2>/dev/null
        code=$?
        suspended || break
        /bin/sleep 1
      done
      # As in a container, what the command left behind ends with it; this also closes the
      # output, so the log writer reaches its end.
      kill -s KILL -- "-$command_pid" 2>/dev/null
      # A process that left for a session of its own escapes that kill and may hold the output
      # open: the log writer gets @DRAIN@ seconds to write what is left, then the run ends anyway.
      { /bin/sleep @DRAIN@; kill -s TERM "$writer"; } 2>/dev/null &
      guard=$!
      # Disowned, so bash never reports the guard's death ("Killed") on the wrapper's stderr,
      # which it otherwise does whenever it happens to reap the job between two commands.
      disown "$guard"
      wait "$writer" 2>/dev/null
      kill -s KILL -- "-$guard" 2>/dev/null
      now=${EPOCHREALTIME//[!0-9]/}
      publish exit "$code ${now:0:-3}"
      """;

  /**
   * Seconds the log writer may take, once the command ended, to reach the end of the output. At
   * most a pipe buffer (64 KiB) is left then, written in milliseconds.
   */
  static final int DRAIN_SECONDS = 3;

  private WrapperScript() {}

  static String render(Path stateDirectory, Path logFile, Timestamper timestamper) {
    // The paths go in last, so that nothing they contain is taken for a placeholder.
    return TEMPLATE
        .replace("@TIMESTAMPER@", timestamper.shellCommand())
        .replace("@STARTED@", STARTED)
        .replace("@DRAIN@", Integer.toString(DRAIN_SECONDS))
        .replace("@LOG@", quote(logFile.toAbsolutePath().toString()))
        .replace("@STATE@", quote(stateDirectory.toAbsolutePath().toString()));
  }

  /** One shell word with the exact value: single quotes, each inner quote as {@code '\''}. */
  static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
