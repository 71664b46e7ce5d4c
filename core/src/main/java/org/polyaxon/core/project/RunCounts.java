package org.polyaxon.core.project;

/**
 * How many live (not archived) runs of each kind a project has, as its 0.4 view shows them.
 *
 * @param experiments experiments, in groups or not
 * @param independentExperiments experiments outside any group
 * @param groups experiment groups
 * @param jobs jobs
 * @param builds builds
 */
public record RunCounts(
    long experiments, long independentExperiments, long groups, long jobs, long builds) {

  /** A project without runs. */
  public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);
}
