package org.polyaxon.spec.model;

import java.util.List;
import java.util.Map;

/**
 * {@code environment}: resources and placement of the run's (master) pod, volumes, references to
 * other runs' outputs, Secrets and ConfigMaps, and for experiments the distributed replicas.
 * Affinity and tolerations are Kubernetes objects, kept as written.
 */
public record Environment(
    Resources resources,
    Map<String, Object> nodeSelector,
    Map<String, Object> affinity,
    List<Map<String, Object>> tolerations,
    Persistence persistence,
    OutputsRefs outputs,
    List<String> secretRefs,
    List<String> configmapRefs,
    Replicas replicas) {}
