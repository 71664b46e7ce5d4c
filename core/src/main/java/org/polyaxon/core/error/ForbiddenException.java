package org.polyaxon.core.error;

/** The caller is known but may not do this. */
public class ForbiddenException extends PolyaxonException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
