package org.polyaxon.spec.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON value with the position it was written at. Mappings keep their key order and the
 * position of every key, so that problems can point at the key or at its value.
 */
public sealed interface SpecNode {

  /** Where the value starts. */
  Position position();

  /** A short description of the kind of value, for messages ("a mapping", "a string"). */
  String describe();

  /** One key of a mapping with the position of the key itself. */
  record Entry(String key, Position keyPosition, SpecNode value) {}

  /** A mapping whose keys are strings, in document order. */
  record MapNode(Map<String, Entry> entries, Position position) implements SpecNode {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The value of a key, or null when absent. */
    public SpecNode get(String key) {
      Entry entry = entries.get(key);
      return entry == null ? null : entry.value();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence. */
  record ListNode(List<SpecNode> items, Position position) implements SpecNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: {@code null}, a {@link String}, a {@link Boolean}, a {@link Long} or a {@link
   * Double}, as YAML 1.2's core schema resolves it.
   */
  record ScalarNode(Object value, Position position) implements SpecNode {
    /** True for null. */
    public boolean isNull() {
      return value == null;
    }

    @Override
    public String describe() {
      if (value == null) {
        return "null";
      }
      if (value instanceof String s) {
        return "the string `" + abbreviate(s) + "`";
      }
      if (value instanceof Boolean b) {
        return "the boolean `" + b + "`";
      }
      return "the number `" + value + "`";
    }

    private static String abbreviate(String s) {
      String oneLine = s.replace('\n', ' ');
      return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }
  }
}
