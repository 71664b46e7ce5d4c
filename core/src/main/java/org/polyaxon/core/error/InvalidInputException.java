package org.polyaxon.core.error;

import java.util.List;

/**
 * The request or file is malformed or breaks a rule; the message says where and what was expected.
 * When several things are wrong at once (a Polyaxonfile), each is a line of {@link #errors()}.
 */
public class InvalidInputException extends PolyaxonException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> errors;

  public InvalidInputException(String message) {
    this(message, List.of());
  }

  public InvalidInputException(String message, List<String> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** Every problem found, one line each; empty when the message says it all. */
  public List<String> errors() {
    return errors;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
