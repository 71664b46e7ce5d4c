package org.polyaxon.core.error;

/**
 * The request or file is malformed or breaks a rule; the message says where and what was expected.
 */
public class InvalidInputException extends PolyaxonException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
