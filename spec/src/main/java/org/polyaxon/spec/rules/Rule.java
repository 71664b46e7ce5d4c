package org.polyaxon.spec.rules;

import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * A check across several keys that a per-key type cannot express (one search algorithm, replicas
 * need a framework...). Rules run on the tree even when it has structural problems, so each rule
 * looks only at values of the shape it expects and ignores the rest.
 */
public interface Rule {

  /** Records the problems this rule finds in a file of the given kind. */
  void check(SpecNode.MapNode root, String kind, Problems problems);
}
