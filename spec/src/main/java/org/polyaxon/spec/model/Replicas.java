package org.polyaxon.spec.model;

import java.util.List;

/** {@code environment.replicas}: the distributed definition; the master is implicit. */
public record Replicas(
    Long nWorkers,
    Long nPs,
    Boolean delayWorkersByGlobalStep,
    PodEnvironment defaultWorker,
    PodEnvironment defaultPs,
    List<PodEnvironment> worker,
    List<PodEnvironment> ps) {}
