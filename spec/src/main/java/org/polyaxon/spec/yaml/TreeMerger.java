package org.polyaxon.spec.yaml;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deep-merges Polyaxonfiles given in order ({@code -f a.yml -f b.yml}): mappings merge key by key,
 * anything else (lists, scalars) from a later file replaces the earlier value. Each value keeps the
 * position of the file it came from.
 */
public final class TreeMerger {

  private TreeMerger() {}

  /** The merge of {@code base} with {@code override}, which wins where both set a value. */
  public static SpecNode merge(SpecNode base, SpecNode override) {
    if (base instanceof SpecNode.MapNode baseMap
        && override instanceof SpecNode.MapNode overrideMap) {
      Map<String, SpecNode.Entry> merged = new LinkedHashMap<>(baseMap.entries());
      for (SpecNode.Entry entry : overrideMap.entries().values()) {
        SpecNode.Entry previous = merged.get(entry.key());
        SpecNode value = previous == null ? entry.value() : merge(previous.value(), entry.value());
        merged.put(entry.key(), new SpecNode.Entry(entry.key(), entry.keyPosition(), value));
      }
      return new SpecNode.MapNode(merged, baseMap.position());
    }
    return override;
  }
}
