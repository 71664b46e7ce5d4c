package org.polyaxon.executor.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes every pod and service the platform created for runs in a namespace, found by the run
 * labels of the release (the chart's pre-delete hook, {@code polyaxon admin cleanup}). Objects
 * without those labels, the platform's own included, are left alone.
 */
public final class RunCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(RunCleanup.class);

  private final KubernetesClient client;

  public RunCleanup(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Deletes the labelled pods and services of {@code namespace}.
   *
   * @param labels every label must match (for example managed-by polyaxon and the release)
   * @return how many pods and services were deleted
   */
  public Result clean(String namespace, Map<String, String> labels) {
    if (labels.isEmpty()) {
      // An empty selector would match everything in the namespace.
      throw new IllegalArgumentException("Refusing to clean up without run labels");
    }
    int pods = client.pods().inNamespace(namespace).withLabels(labels).delete().size();
    int services = client.services().inNamespace(namespace).withLabels(labels).delete().size();
    LOG.info("Deleted {} run pods and {} run services in {}", pods, services, namespace);
    return new Result(pods, services);
  }

  /**
   * What was deleted.
   *
   * @param pods run pods
   * @param services run services
   */
  public record Result(int pods, int services) {}
}
