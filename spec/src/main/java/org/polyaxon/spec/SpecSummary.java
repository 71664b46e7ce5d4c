package org.polyaxon.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.polyaxon.spec.compile.ClusterDefinition;
import org.polyaxon.spec.compile.GroupSize;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.GroupSpec;
import org.polyaxon.spec.model.Polyaxonfile;

/**
 * The short description {@code polyaxon check} prints for a valid file: its kind and, for a group,
 * how many experiments it expands to, the search algorithm and the concurrency.
 *
 * @param experiments null unless the file is a group
 * @param algorithm null unless the file is a group
 * @param concurrency null unless the file is a group
 * @param cluster the replicas by role of a distributed experiment or group, else empty
 */
public record SpecSummary(
    int version,
    String kind,
    Long experiments,
    String algorithm,
    Integer concurrency,
    Map<String, Long> cluster) {

  /** The summary of a valid file. */
  public static SpecSummary of(Polyaxonfile spec) {
    if (spec instanceof GroupSpec group) {
      return new SpecSummary(
          spec.version(),
          spec.kind(),
          GroupSize.of(group.hptuning()),
          group.hptuning().algorithm(),
          group.hptuning().concurrency(),
          ClusterDefinition.of(
              group.framework(),
              group.backend(),
              group.environment() == null ? null : group.environment().replicas()));
    }
    if (spec instanceof ExperimentSpec experiment) {
      return new SpecSummary(
          spec.version(),
          spec.kind(),
          null,
          null,
          null,
          ClusterDefinition.of(
              experiment.framework(),
              experiment.backend(),
              experiment.environment() == null ? null : experiment.environment().replicas()));
    }
    return new SpecSummary(spec.version(), spec.kind(), null, null, null, Map.of());
  }

  /** The human-readable lines. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Valid Polyaxonfile: version " + version + ", kind " + kind);
    if (experiments != null) {
      lines.add("  experiments: " + experiments);
      lines.add("  algorithm:   " + algorithm);
      lines.add("  concurrency: " + concurrency);
    }
    if (!cluster.isEmpty()) {
      lines.add(
          "  cluster:     "
              + cluster.entrySet().stream()
                  .map(role -> role.getKey() + " " + role.getValue())
                  .collect(Collectors.joining(", ")));
    }
    return lines;
  }
}
