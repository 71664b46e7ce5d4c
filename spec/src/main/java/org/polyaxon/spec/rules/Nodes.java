package org.polyaxon.spec.rules;

import java.util.Optional;
import org.polyaxon.spec.yaml.Position;
import org.polyaxon.spec.yaml.SpecNode;

/** Typed lookups that return empty for absent keys and for values of another shape. */
final class Nodes {

  private Nodes() {}

  static Optional<SpecNode.MapNode> map(SpecNode.MapNode parent, String key) {
    return parent != null && parent.get(key) instanceof SpecNode.MapNode map
        ? Optional.of(map)
        : Optional.empty();
  }

  static Optional<SpecNode.ListNode> list(SpecNode.MapNode parent, String key) {
    return parent != null && parent.get(key) instanceof SpecNode.ListNode list
        ? Optional.of(list)
        : Optional.empty();
  }

  static Optional<String> string(SpecNode.MapNode parent, String key) {
    return parent != null
            && parent.get(key) instanceof SpecNode.ScalarNode scalar
            && scalar.value() instanceof String text
        ? Optional.of(text)
        : Optional.empty();
  }

  static Optional<Long> integer(SpecNode.MapNode parent, String key) {
    return parent != null
            && parent.get(key) instanceof SpecNode.ScalarNode scalar
            && scalar.value() instanceof Long number
        ? Optional.of(number)
        : Optional.empty();
  }

  /** True when the key is present with a non-null value. */
  static boolean has(SpecNode.MapNode parent, String key) {
    return parent != null
        && parent.get(key) != null
        && !(parent.get(key) instanceof SpecNode.ScalarNode scalar && scalar.isNull());
  }

  /** The position of the key itself. */
  static Position keyPosition(SpecNode.MapNode parent, String key) {
    return parent.entries().get(key).keyPosition();
  }
}
