package org.polyaxon.core.status;

import org.polyaxon.core.error.InvalidInputException;

/** A status change the run's {@link StatusMachine} does not allow. */
public final class IllegalTransitionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient Status from;
  private final transient Status to;

  public IllegalTransitionException(String machine, Status from, Status to) {
    super(
        "A "
            + machine
            + " cannot go from "
            + (from == null ? "nothing" : from.wireName())
            + " to "
            + to.wireName());
    this.from = from;
    this.to = to;
  }

  public Status from() {
    return from;
  }

  public Status to() {
    return to;
  }
}
