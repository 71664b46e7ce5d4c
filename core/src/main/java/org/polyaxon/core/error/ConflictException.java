package org.polyaxon.core.error;

/** The request clashes with the current state, for example a name already taken. */
public class ConflictException extends PolyaxonException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
