package org.polyaxon.spec.compile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.polyaxon.spec.model.Replicas;

/**
 * The replicas of a distributed experiment by role: one master plus {@code n_workers} workers and,
 * for tensorflow, {@code n_ps} parameter servers (mxnet calls them servers). With {@code backend:
 * mpi} every replica is a worker and there is no master.
 */
public final class ClusterDefinition {

  private ClusterDefinition() {}

  /** Role to count, in the order master, worker, ps/server; empty when not distributed. */
  public static Map<String, Long> of(String framework, String backend, Replicas replicas) {
    Map<String, Long> cluster = new LinkedHashMap<>();
    if (replicas == null || framework == null) {
      return cluster;
    }
    long workers = replicas.nWorkers() == null ? 0 : replicas.nWorkers();
    long ps = replicas.nPs() == null ? 0 : replicas.nPs();
    if ("mpi".equals(backend)) {
      cluster.put("worker", workers);
      return cluster;
    }
    cluster.put("master", 1L);
    cluster.put("worker", workers);
    switch (framework.toLowerCase(Locale.ROOT)) {
      case "tensorflow" -> cluster.put("ps", ps);
      case "mxnet" -> cluster.put("server", ps);
      default -> {}
    }
    return cluster;
  }
}
