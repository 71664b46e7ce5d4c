package org.polyaxon.spec.schema;

/** One key of an {@link ObjectType}: its name, type, whether it must be present, and what it is. */
public record Field(String name, SpecType type, boolean required, String description) {

  /** An optional key. */
  public static Field optional(String name, SpecType type, String description) {
    return new Field(name, type, false, description);
  }

  /** A key that must be present. */
  public static Field required(String name, SpecType type, String description) {
    return new Field(name, type, true, description);
  }
}
