package org.polyaxon.spec.rules;

import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/** {@code params} is the later name of {@code declarations}; a file uses one of them. */
public final class DeclarationsAliasRule implements Rule {

  @Override
  public void check(SpecNode.MapNode root, String kind, Problems problems) {
    if (Nodes.has(root, "declarations") && Nodes.has(root, "params")) {
      problems.add(
          Nodes.keyPosition(root, "params"),
          "params",
          "params is another name for declarations; give only one of them");
    }
  }
}
