package org.polyaxon.server;

/** A reason the server cannot start that the user can fix; printed as one line, no stack trace. */
public final class StartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StartupException(String message) {
    super(message);
  }
}
