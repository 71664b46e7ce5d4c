package org.polyaxon.cli;

import java.io.Console;

/** Asks the person at the terminal; the password without echo. */
public interface Prompter {
  String readLine(String prompt);

  char[] readPassword(String prompt);

  /** The process's terminal, or a prompter that explains there is none. */
  static Prompter console() {
    Console console = System.console();
    if (console == null) {
      return none();
    }
    return new Prompter() {
      @Override
      public String readLine(String prompt) {
        String line = console.readLine("%s", prompt);
        if (line == null) {
          throw CliException.user("No answer given (end of input)");
        }
        return line;
      }

      @Override
      public char[] readPassword(String prompt) {
        char[] password = console.readPassword("%s", prompt);
        if (password == null) {
          throw CliException.user("No password given (end of input)");
        }
        return password;
      }
    };
  }

  /** For runs without a terminal: every question fails with what to pass instead. */
  static Prompter none() {
    return new Prompter() {
      @Override
      public String readLine(String prompt) {
        throw CliException.user(
            "There is no terminal to ask '" + prompt.trim() + "' on; pass it as an option");
      }

      @Override
      public char[] readPassword(String prompt) {
        throw CliException.user(
            "There is no terminal to ask for a password on; pass --token or -u/-p");
      }
    };
  }
}
