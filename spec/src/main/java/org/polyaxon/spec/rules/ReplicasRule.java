package org.polyaxon.spec.rules;

import java.util.List;
import java.util.Map;
import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * {@code environment.replicas} needs a framework, and each framework (or the mpi backend) accepts
 * only its own replica keys. Indexed replica pods must point at an existing replica.
 */
public final class ReplicasRule implements Rule {

  private static final List<String> ALL =
      List.of(
          "n_workers",
          "n_ps",
          "delay_workers_by_global_step",
          "default_worker",
          "default_ps",
          "worker",
          "ps");
  private static final List<String> WORKERS_ONLY = List.of("n_workers", "default_worker", "worker");

  private static final Map<String, List<String>> KEYS_BY_FRAMEWORK =
      Map.of(
          "tensorflow", ALL,
          "mxnet", ALL.stream().filter(k -> !k.equals("delay_workers_by_global_step")).toList(),
          "pytorch", WORKERS_ONLY,
          "horovod", WORKERS_ONLY);

  private static final List<String> MPI_KEYS = List.of("n_workers", "default_worker");

  @Override
  public void check(SpecNode.MapNode root, String kind, Problems problems) {
    SpecNode.MapNode environment = Nodes.map(root, "environment").orElse(null);
    if (environment == null || !Nodes.has(environment, "replicas")) {
      return;
    }
    String path = "environment.replicas";
    if (!Nodes.has(root, "framework")) {
      problems.add(
          Nodes.keyPosition(environment, "replicas"),
          path,
          "distributed runs need a framework: set framework to one of "
              + String.join(", ", KEYS_BY_FRAMEWORK.keySet().stream().sorted().toList()));
      return;
    }
    SpecNode.MapNode replicas = Nodes.map(environment, "replicas").orElse(null);
    String framework = Nodes.string(root, "framework").orElse(null);
    if (replicas == null || framework == null) {
      return;
    }
    boolean mpi = Nodes.string(root, "backend").filter("mpi"::equalsIgnoreCase).isPresent();
    List<String> allowed = mpi ? MPI_KEYS : KEYS_BY_FRAMEWORK.get(framework.toLowerCase());
    if (allowed == null) {
      problems.add(
          root.get("framework").position(),
          "framework",
          "framework `"
              + framework
              + "` cannot run distributed; replicas need one of "
              + String.join(", ", KEYS_BY_FRAMEWORK.keySet().stream().sorted().toList()));
      return;
    }
    String owner = mpi ? "the mpi backend" : "framework " + framework;
    for (SpecNode.Entry entry : replicas.entries().values()) {
      if (ALL.contains(entry.key()) && !allowed.contains(entry.key())) {
        problems.add(
            entry.keyPosition(),
            Problems.child(path, entry.key()),
            "not used by " + owner + "; expected one of " + String.join(", ", allowed));
      }
    }
    checkIndexes(replicas, "worker", "n_workers", path, problems);
    checkIndexes(replicas, "ps", "n_ps", path, problems);
  }

  private static void checkIndexes(
      SpecNode.MapNode replicas, String key, String countKey, String path, Problems problems) {
    long count = Nodes.integer(replicas, countKey).orElse(-1L);
    if (count < 0) {
      return;
    }
    List<SpecNode> items =
        Nodes.list(replicas, key).map(SpecNode.ListNode::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof SpecNode.MapNode pod) {
        long index = Nodes.integer(pod, "index").orElse(-1L);
        if (index >= count) {
          problems.add(
              pod.get("index").position(),
              Problems.child(Problems.item(Problems.child(path, key), i), "index"),
              "index " + index + " is out of range: " + countKey + " is " + count);
        }
      }
    }
  }
}
