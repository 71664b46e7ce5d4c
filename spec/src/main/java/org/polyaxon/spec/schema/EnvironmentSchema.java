package org.polyaxon.spec.schema;

import static org.polyaxon.spec.schema.Field.optional;
import static org.polyaxon.spec.schema.Field.required;

import java.util.List;

/** The {@code environment} section and the pod environments of {@code replicas}. */
public final class EnvironmentSchema {

  private EnvironmentSchema() {}

  static final ObjectType REQUIREMENT =
      new ObjectType(
          "resourceRequirement",
          "Requests and limits of one resource.",
          List.of(
              optional("requests", ScalarType.number(0), "the amount requested"),
              optional("limits", ScalarType.number(0), "the most the run may use")));

  static final ObjectType RESOURCES =
      new ObjectType(
          "resources",
          "Container resources: cpu in cores, memory in MiB, gpu and tpu as counts.",
          List.of(
              optional("cpu", REQUIREMENT, "cores"),
              optional("memory", REQUIREMENT, "MiB"),
              optional("gpu", REQUIREMENT, "GPUs"),
              optional("tpu", REQUIREMENT, "TPUs")));

  private static final List<Field> POD_FIELDS =
      List.of(
          optional("resources", RESOURCES, "container resources"),
          optional("node_selector", new MapType(AnyType.ANY), "Kubernetes node selector"),
          optional("affinity", new MapType(AnyType.ANY), "Kubernetes affinity (camelCase keys)"),
          optional(
              "tolerations",
              ListType.of(new MapType(AnyType.ANY)),
              "Kubernetes tolerations (camelCase keys)"));

  /** The environment of one replica kind ({@code default_worker}, {@code default_ps}). */
  static final ObjectType POD = new ObjectType("podEnvironment", "A replica's pod.", POD_FIELDS);

  /** One entry of {@code worker} or {@code ps}: a pod environment for the replica at index. */
  static final ObjectType INDEXED_POD =
      POD.extend(
          "indexedPodEnvironment",
          "The pod of the replica at index.",
          List.of(required("index", ScalarType.integer(0), "the replica this applies to")));

  static final ObjectType REPLICAS =
      new ObjectType(
          "replicas",
          "A distributed run; which keys apply depends on the framework.",
          List.of(
              optional("n_workers", ScalarType.integer(0), "number of workers"),
              optional("n_ps", ScalarType.integer(0), "number of parameter servers"),
              optional("delay_workers_by_global_step", ScalarType.bool(), "tensorflow only"),
              optional("default_worker", POD, "pod of every worker"),
              optional("default_ps", POD, "pod of every parameter server"),
              optional("worker", ListType.of(INDEXED_POD), "pods of single workers"),
              optional("ps", ListType.of(INDEXED_POD), "pods of single parameter servers")));

  static final ObjectType PERSISTENCE =
      new ObjectType(
          "persistence",
          "Which volumes of the platform to mount.",
          List.of(
              optional("data", ListType.of(ScalarType.string()), "data volume names"),
              optional("outputs", ScalarType.string(), "the outputs volume name")));

  private static final SpecType RUN_REFERENCE =
      OneOfType.of(ScalarType.integer(0), ScalarType.string());

  static final ObjectType OUTPUTS =
      new ObjectType(
          "outputsRefs",
          "Outputs of earlier runs to mount, by id or name.",
          List.of(
              optional("jobs", ListType.of(RUN_REFERENCE), "job ids or names"),
              optional("experiments", ListType.of(RUN_REFERENCE), "experiment ids or names")));

  /** The environment of jobs, builds, notebooks and tensorboards. */
  public static final ObjectType ENVIRONMENT =
      POD.extend(
          "environment",
          "Where and with what the run's pod runs.",
          List.of(
              optional("persistence", PERSISTENCE, "volumes to mount"),
              optional("outputs", OUTPUTS, "outputs of other runs to mount"),
              optional("secret_refs", ListType.of(ScalarType.string()), "Secrets to inject"),
              optional(
                  "configmap_refs", ListType.of(ScalarType.string()), "ConfigMaps to inject")));

  /** The environment of experiments and groups, which may be distributed. */
  public static final ObjectType RUN_ENVIRONMENT =
      ENVIRONMENT.extend(
          "experimentEnvironment",
          "Where and with what the experiment's pods run.",
          List.of(optional("replicas", REPLICAS, "the distributed definition")));
}
