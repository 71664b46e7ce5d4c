package org.polyaxon.server.config;

import java.util.Set;

/** Values keys that only the Helm chart acts on; {@link Options#chartOnlyKeys()} serves them. */
final class ChartOnlyKeys {
  private ChartOnlyKeys() {}

  /**
   * Keys of the chart's values that configure Kubernetes objects rather than the platform. A {@code
   * values.yaml} used as {@code polyaxon.yaml} is accepted: these are noted, not warned about.
   */
  static final Set<String> KEYS =
      Set.of(
          "deploymentType",
          "rbac",
          "ingress",
          "serviceType",
          "limitResources",
          "ssl",
          "dns",
          "k8s",
          "defaultPersistence",
          "auth",
          "api",
          "streams",
          "scheduler",
          "hpsearch",
          "eventsHandlers",
          "k8sEventsHandlers",
          "beat",
          "crons",
          "eventMonitors",
          "resourcesDaemon",
          "sidecar",
          "init",
          "dockerizer",
          "kaniko",
          "hooks",
          "tablesHook",
          "postgresql",
          "rabbitmq",
          "docker-registry",
          "types",
          "roles",
          "privateRegistries",
          "queues",
          "clusterId",
          "environment",
          "nameOverride",
          "fullnameOverride",
          "redis.image",
          "redis.usePassword",
          "redis.persistence",
          "redis.affinity",
          "redis.resources",
          "redis.nodeSelector",
          "redis.tolerations",
          "redis.imagePullPolicy");
}
