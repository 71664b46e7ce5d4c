package org.polyaxon.core.error;

/** No valid credentials came with the request. */
public class NotAuthenticatedException extends PolyaxonException {
  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Not authenticated";
  }
}
