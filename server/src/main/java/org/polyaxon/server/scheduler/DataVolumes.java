package org.polyaxon.server.scheduler;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polyaxon.core.error.InvalidInputException;

/**
 * The data volumes of {@code persistence.data}, as paths on this machine, and the choice a
 * Polyaxonfile makes among them ({@code environment.persistence.data}): {@code
 * POLYAXON_RUN_DATA_PATHS}. A volume is its {@code hostPath}, else its {@code mountPath} (a
 * directory the server sees), else its bucket; with none configured, one volume {@code data} under
 * {@code $POLYAXON_HOME}, as the chart's default persistence has.
 */
final class DataVolumes {
  static final String DEFAULT_NAME = "data";

  /** Name to path; null where the volume has nothing this machine can read (a claim only). */
  private final Map<String, String> paths;

  private DataVolumes(Map<String, String> paths) {
    this.paths = paths;
  }

  static DataVolumes of(Map<String, Map<String, String>> configured, Path fallback) {
    Map<String, String> paths = new LinkedHashMap<>();
    if (configured.isEmpty()) {
      paths.put(DEFAULT_NAME, fallback.toString());
    }
    configured.forEach((name, volume) -> paths.put(name, localPath(volume)));
    return new DataVolumes(paths);
  }

  private static String localPath(Map<String, String> volume) {
    for (String key : List.of("hostPath", "mountPath", "bucket")) {
      String value = volume.get(key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /**
   * The volumes a run mounts: those it names, all when it names none. A name that is not
   * configured, or one this machine cannot reach, fails the run with the names it could use.
   */
  Map<String, String> select(List<String> names) {
    List<String> wanted = names == null || names.isEmpty() ? List.copyOf(paths.keySet()) : names;
    Map<String, String> selected = new LinkedHashMap<>();
    for (String name : wanted) {
      if (!paths.containsKey(name)) {
        throw new InvalidInputException(
            "Volume with name `"
                + name
                + "` was defined in specification, but was not found; persistence.data has: "
                + String.join(", ", paths.keySet()));
      }
      String path = paths.get(name);
      if (path == null) {
        if (names == null || names.isEmpty()) {
          continue; // not asked for by name: a claim-only volume is for pods, not this machine
        }
        throw new InvalidInputException(
            "Data volume `"
                + name
                + "` has only an existingClaim, which runs on this machine cannot mount; give it"
                + " a hostPath or a mountPath");
      }
      selected.put(name, path);
    }
    return selected;
  }
}
