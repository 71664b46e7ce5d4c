package org.polyaxon.spec.rules;

import java.util.List;

/** Every cross-key rule of spec version 1, in the order they run. */
public final class Rules {

  private Rules() {}

  /** The rules. */
  public static final List<Rule> ALL =
      List.of(
          new BuildImageRule(),
          new RunNeedsBuildRule(),
          new DeclarationsAliasRule(),
          new ReplicasRule(),
          new SearchAlgorithmRule(),
          new UtilityFunctionRule());
}
