package org.polyaxon.spec.model;

import java.util.List;
import java.util.Map;

/**
 * The pod of a replica kind ({@code default_worker}) or, with an index, of one replica ({@code
 * worker[i]}).
 */
public record PodEnvironment(
    Long index,
    Resources resources,
    Map<String, Object> nodeSelector,
    Map<String, Object> affinity,
    List<Map<String, Object>> tolerations) {}
