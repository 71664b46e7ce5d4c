package org.polyaxon.spec.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain Java values of nodes: maps keep key order, positions are dropped. */
public final class NodeValues {

  private NodeValues() {}

  /** A {@link LinkedHashMap}, an {@link ArrayList}, or the scalar value (possibly null). */
  public static Object toJava(SpecNode node) {
    if (node instanceof SpecNode.MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.entries().values().forEach(entry -> out.put(entry.key(), toJava(entry.value())));
      return out;
    }
    if (node instanceof SpecNode.ListNode list) {
      List<Object> out = new ArrayList<>();
      list.items().forEach(item -> out.add(toJava(item)));
      return out;
    }
    return ((SpecNode.ScalarNode) node).value();
  }
}
