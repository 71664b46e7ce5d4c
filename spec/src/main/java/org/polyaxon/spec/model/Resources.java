package org.polyaxon.spec.model;

/** Container resources: cpu in cores, memory in MiB, gpu and tpu as counts. */
public record Resources(
    ResourceRequirement cpu,
    ResourceRequirement memory,
    ResourceRequirement gpu,
    ResourceRequirement tpu) {}
