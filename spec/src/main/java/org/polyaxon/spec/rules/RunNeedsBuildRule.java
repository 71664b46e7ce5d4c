package org.polyaxon.spec.rules;

import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/** An experiment or group that runs a command needs a build to say which image runs it. */
public final class RunNeedsBuildRule implements Rule {

  @Override
  public void check(SpecNode.MapNode root, String kind, Problems problems) {
    if ((kind.equals("experiment") || kind.equals("group"))
        && Nodes.has(root, "run")
        && !Nodes.has(root, "build")) {
      problems.add(
          Nodes.keyPosition(root, "run"),
          "build",
          "is required when run is given: the image the command runs in");
    }
  }
}
