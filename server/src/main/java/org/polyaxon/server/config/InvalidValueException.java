package org.polyaxon.server.config;

/** A configuration value that does not fit its option; the message says what was expected. */
public final class InvalidValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message) {
    super(message);
  }
}
