package org.polyaxon.core.error;

/** The thing asked for does not exist, or the caller may not see it. */
public class NotFoundException extends PolyaxonException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Not found";
  }
}
