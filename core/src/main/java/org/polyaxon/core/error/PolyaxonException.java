package org.polyaxon.core.error;

/**
 * The root of the few unchecked exceptions the core throws. Each surface renders them in one place:
 * HTTP as problem JSON with the matching 4xx, the CLI as one line and an exit code.
 */
public abstract class PolyaxonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected PolyaxonException(String message) {
    super(message);
  }

  /** A short, stable title for the kind of problem, for example {@code Not found}. */
  public abstract String title();
}
