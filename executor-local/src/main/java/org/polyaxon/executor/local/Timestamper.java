package org.polyaxon.executor.local;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The program that prefixes each output line of a run with an ISO-8601 UTC timestamp with
 * milliseconds. It runs outside the JVM, next to the run, because the server may be dead while the
 * run writes. Each variant is a program text free of single quotes, so the wrapper can quote it
 * verbatim.
 */
enum Timestamper {
  /**
   * Perl with Time::HiRes: about 650,000 lines a second (docs/performance.md). Time::HiRes ships
   * with Debian's perl package, not with the essential perl-base, hence the fallback below.
   */
  PERL(
      "/usr/bin/perl",
      "-e",
      String.join(
          "\n",
          "use strict; use warnings; use Time::HiRes ();",
          "binmode STDIN; binmode STDOUT; $| = 1;",
          "my ($sec, $prefix) = (-1, \"\");",
          "while (defined(my $line = <STDIN>)) {",
          "  my $now = Time::HiRes::time(); my $s = int($now);",
          "  if ($s != $sec) {",
          "    my @t = gmtime($s);",
          "    $prefix = sprintf(\"%04d-%02d-%02dT%02d:%02d:%02d\",",
          "      $t[5] + 1900, $t[4] + 1, @t[3, 2, 1, 0]);",
          "    $sec = $s;",
          "  }",
          "  $line .= \"\\n\" if substr($line, -1) ne \"\\n\";",
          "  print $prefix, sprintf(\".%03dZ \", int(($now - $s) * 1000)), $line;",
          "}")),

  /**
   * Bash 5 builtins only ({@code EPOCHREALTIME}, {@code printf %(...)T}): no fork per line, but
   * bash reads a pipe byte by byte, about ten times slower than Perl.
   */
  BASH(
      "/bin/bash",
      "-c",
      String.join(
          "\n",
          "while IFS= read -r line || [[ -n $line ]]; do",
          "  now=${EPOCHREALTIME//[!0-9]/}",
          "  printf \"%(%Y-%m-%dT%H:%M:%S)T.%sZ %s\\n\" \"${now:0:-6}\" \"${now: -6:3}\" \"$line\"",
          "done"));

  private final String interpreter;
  private final String flag;
  private final String program;

  Timestamper(String interpreter, String flag, String program) {
    if (program.contains("'")) {
      throw new IllegalStateException("the program is single-quoted in the wrapper");
    }
    this.interpreter = interpreter;
    this.flag = flag;
    this.program = program;
  }

  /**
   * The shell words that run this timestamper from stdin to stdout. {@code env -i} gives it an
   * empty environment: a run's variables (PERL5OPT, PERL5LIB, TZ) must not change how its log is
   * written.
   */
  String shellCommand() {
    return "/usr/bin/env -i TZ=UTC0 " + interpreter + " " + flag + " '" + program + "'";
  }

  /** Perl when its Time::HiRes is installed, otherwise Bash. */
  static Timestamper detect() {
    return Detected.VALUE;
  }

  private static final class Detected {
    static final Timestamper VALUE = probe();

    private static Timestamper probe() {
      try {
        Process perl =
            new ProcessBuilder("/usr/bin/env", "-i", "/usr/bin/perl", "-MTime::HiRes", "-e", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (perl.waitFor(10, TimeUnit.SECONDS) && perl.exitValue() == 0) {
          return PERL;
        }
        perl.destroyForcibly();
        return BASH;
      } catch (IOException e) {
        return BASH;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return BASH;
      }
    }
  }
}
