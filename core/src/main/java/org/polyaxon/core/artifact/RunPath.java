package org.polyaxon.core.artifact;

import java.util.ArrayList;
import java.util.List;
import org.polyaxon.core.run.RunKind;

/**
 * Where a run's artifacts live relative to an area's root, as in Polyaxon 0.4: {@code
 * {user}/{project}/experiments/{id}}, {@code {user}/{project}/groups/{group}/{id}} for an
 * experiment of a group, {@code {user}/{project}/jobs/{id}}, and likewise for the other kinds.
 *
 * @param segments the path segments, each a plain name (never empty, {@code .} or {@code ..}, never
 *     containing a slash)
 */
public record RunPath(List<String> segments) {
  private static final String SEGMENT = "[A-Za-z0-9_][A-Za-z0-9_.-]*";

  public RunPath {
    segments = List.copyOf(segments);
    if (segments.size() < 4) {
      throw new IllegalArgumentException("A run path has at least 4 segments: " + segments);
    }
    for (String segment : segments) {
      // Names come from validated projects and users; this guards the filesystem all the same.
      if (!segment.matches(SEGMENT)) {
        throw new IllegalArgumentException("Not a safe path segment: '" + segment + "'");
      }
    }
  }

  /**
   * The path of a run.
   *
   * @param owner the project owner's name
   * @param project the project name
   * @param kind the run's kind
   * @param number the run's per-project number
   * @param groupNumber for an experiment of a group, the group's number; otherwise null
   */
  public static RunPath of(
      String owner, String project, RunKind kind, long number, Long groupNumber) {
    List<String> segments = new ArrayList<>(List.of(owner, project));
    if (kind == RunKind.EXPERIMENT && groupNumber != null) {
      segments.add(RunKind.GROUP.plural());
      segments.add(Long.toString(groupNumber));
    } else {
      segments.add(kind.plural());
    }
    segments.add(Long.toString(number));
    return new RunPath(segments);
  }

  /** The segments joined with {@code /}. */
  public String relative() {
    return String.join("/", segments);
  }
}
