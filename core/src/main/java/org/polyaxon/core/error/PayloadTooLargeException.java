package org.polyaxon.core.error;

/** An upload or an archive is bigger than the platform accepts; the message says the limit. */
public class PayloadTooLargeException extends PolyaxonException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Payload too large";
  }
}
