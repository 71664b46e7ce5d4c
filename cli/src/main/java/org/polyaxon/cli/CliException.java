package org.polyaxon.cli;

/**
 * A failure the CLI reports as one line on stderr with a documented exit code (docs/cli.md): 1 user
 * error, 3 server unreachable, 4 authentication. Usage errors (2) are picocli's parameter
 * exceptions, printed in one line by {@link PolyaxonCommand}.
 */
public final class CliException extends RuntimeException {
  public static final int USER_ERROR = 1;
  public static final int USAGE = 2;
  public static final int UNREACHABLE = 3;
  public static final int AUTH = 4;

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static CliException user(String message) {
    return new CliException(USER_ERROR, message);
  }

  public static CliException auth(String message) {
    return new CliException(AUTH, message);
  }

  public static CliException unreachable(String message, Throwable cause) {
    return new CliException(UNREACHABLE, message, cause);
  }

  /** For kinds the platform does not run yet (groups, builds, notebooks, tensorboards). */
  public static CliException notOnServer(String what) {
    return user(
        what + " are not supported by this server yet; experiments and jobs are (see docs/cli.md)");
  }

  public int exitCode() {
    return exitCode;
  }
}
