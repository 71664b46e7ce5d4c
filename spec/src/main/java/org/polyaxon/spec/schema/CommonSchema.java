package org.polyaxon.spec.schema;

import static org.polyaxon.spec.schema.Field.optional;

import java.util.List;

/** Sections every kind shares. Kept apart so that the other schema classes can use them. */
public final class CommonSchema {

  private CommonSchema() {}

  /** {@code logging: {level, formatter}}. */
  public static final ObjectType LOGGING =
      new ObjectType(
          "logging",
          "Logging of the run.",
          List.of(
              optional("level", EnumType.of("INFO", "DEBUG", "WARN", "ERROR", "FATAL"), "level"),
              optional("formatter", ScalarType.string(), "a log format")));

  /** {@code tags: [a, b]}. */
  public static final ListType TAGS = ListType.of(ScalarType.string());

  /** {@code declarations} (and its later alias {@code params}): any mapping. */
  public static final MapType DECLARATIONS = new MapType(AnyType.ANY);
}
