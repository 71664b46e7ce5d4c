package org.polyaxon.spec.schema;

import java.util.Optional;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * Checks the structure of a (merged) Polyaxonfile against {@link PolyaxonfileSchema}: version and
 * kind first, then every section of the kind, rejecting sections that do not belong.
 */
public final class SpecValidator {

  private SpecValidator() {}

  /** Records the structural problems; returns the kind when it is known. */
  public static Optional<String> validate(SpecNode root, Problems problems) {
    if (!(root instanceof SpecNode.MapNode map)) {
      problems.add(root.position(), "", "expected a mapping of sections, got " + root.describe());
      return Optional.empty();
    }
    checkVersion(map, problems);
    Optional<String> kind = kind(map, problems);
    for (SpecNode.Entry entry : map.entries().values()) {
      if (entry.key().equals("version") || entry.key().equals("kind")) {
        continue;
      }
      if (kind.isEmpty()) {
        if (!PolyaxonfileSchema.allSections().contains(entry.key())) {
          problems.add(
              entry.keyPosition(), entry.key(), "unexpected section in Polyaxonfile version 1");
        }
        continue;
      }
      ObjectType type = PolyaxonfileSchema.forKind(kind.get());
      Optional<Field> field = type.field(entry.key());
      if (field.isEmpty()) {
        String message =
            PolyaxonfileSchema.allSections().contains(entry.key())
                ? "unexpected section for kind `" + kind.get() + "`"
                : "unexpected section in Polyaxonfile version 1";
        problems.add(entry.keyPosition(), entry.key(), message);
      } else if (entry.value() instanceof SpecNode.ScalarNode scalar && scalar.isNull()) {
        if (field.get().required()) {
          problems.add(
              entry.keyPosition(), entry.key(), "expected " + field.get().type().expected());
        }
      } else {
        field.get().type().validate(entry.value(), entry.key(), problems);
      }
    }
    kind.ifPresent(
        k -> {
          for (Field field : PolyaxonfileSchema.forKind(k).fields()) {
            if (field.required() && !map.entries().containsKey(field.name())) {
              problems.add(
                  map.position(),
                  field.name(),
                  "is required for kind `" + k + "` (" + field.type().expected() + ")");
            }
          }
        });
    return kind;
  }

  private static void checkVersion(SpecNode.MapNode map, Problems problems) {
    SpecNode.Entry version = map.entries().get("version");
    if (version == null) {
      problems.add(map.position(), "version", "is required (the spec version, 1)");
    } else if (!(version.value() instanceof SpecNode.ScalarNode scalar
        && scalar.value() instanceof Long number)) {
      problems.add(
          version.value().position(),
          "version",
          "expected an integer, got " + version.value().describe());
    } else if (number != 1) {
      problems.add(
          version.value().position(),
          "version",
          "version " + number + " is not supported; this platform reads version 1");
    }
  }

  private static Optional<String> kind(SpecNode.MapNode map, Problems problems) {
    SpecNode.Entry kind = map.entries().get("kind");
    String expected = "one of " + String.join(", ", PolyaxonfileSchema.KINDS);
    if (kind == null) {
      problems.add(map.position(), "kind", "is required (" + expected + ")");
      return Optional.empty();
    }
    if (kind.value() instanceof SpecNode.ScalarNode scalar
        && scalar.value() instanceof String text
        && PolyaxonfileSchema.KINDS.contains(text)) {
      return Optional.of(text);
    }
    problems.add(
        kind.value().position(),
        "kind",
        "expected " + expected + ", got " + kind.value().describe());
    return Optional.empty();
  }
}
