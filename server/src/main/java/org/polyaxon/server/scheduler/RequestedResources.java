package org.polyaxon.server.scheduler;

import java.util.LinkedHashMap;
import java.util.Map;
import org.polyaxon.spec.model.Environment;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.JobSpec;
import org.polyaxon.spec.model.Polyaxonfile;
import org.polyaxon.spec.model.ResourceRequirement;
import org.polyaxon.spec.model.Resources;

/**
 * The resources a Polyaxonfile asks for, flattened for the executor's record ({@code
 * cpu.requests=1}, {@code memory.limits=512}): a local process is not confined to them, but what
 * was asked for stays on record with the run.
 */
final class RequestedResources {
  private RequestedResources() {}

  static Map<String, String> of(Polyaxonfile spec) {
    Environment environment = null;
    if (spec instanceof ExperimentSpec experiment) {
      environment = experiment.environment();
    } else if (spec instanceof JobSpec job) {
      environment = job.environment();
    }
    Map<String, String> flat = new LinkedHashMap<>();
    Resources resources = environment == null ? null : environment.resources();
    if (resources != null) {
      put(flat, "cpu", resources.cpu());
      put(flat, "memory", resources.memory());
      put(flat, "gpu", resources.gpu());
      put(flat, "tpu", resources.tpu());
    }
    return flat;
  }

  private static void put(Map<String, String> flat, String name, ResourceRequirement requirement) {
    if (requirement == null) {
      return;
    }
    if (requirement.requests() != null) {
      flat.put(name + ".requests", requirement.requests().toString());
    }
    if (requirement.limits() != null) {
      flat.put(name + ".limits", requirement.limits().toString());
    }
  }
}
