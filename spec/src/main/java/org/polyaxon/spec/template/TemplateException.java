package org.polyaxon.spec.template;

/** A command template that cannot be rendered: a syntax error or an undefined variable. */
public final class TemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With the message the user sees. */
  public TemplateException(String message) {
    super(message);
  }
}
