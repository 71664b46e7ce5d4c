package org.polyaxon.core.run;

import java.util.Locale;

/**
 * How a run was made from another (reference 2.2, 2.3): each makes a new run from the original's
 * Polyaxonfile; they differ in where the new run writes its outputs.
 */
public enum CloningStrategy {
  /** A fresh outputs directory. */
  RESTART,
  /** The original's outputs directory, so training picks up its checkpoints. */
  RESUME,
  /** A fresh outputs directory holding a copy of the original's outputs, made before start. */
  COPY;

  /** The name stored and sent on the wire, for example {@code resume}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CloningStrategy fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
