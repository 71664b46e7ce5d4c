package org.polyaxon.server;

import java.nio.file.Path;
import java.util.Map;
import org.polyaxon.artifacts.ExtractionLimits;
import org.polyaxon.artifacts.LocalArtifactRoots;
import org.polyaxon.artifacts.LocalArtifactStore;
import org.polyaxon.server.config.Option;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;

/**
 * Builds the artifact store from the {@code persistence.*} options: each area is the directory its
 * option names, else one under {@code $POLYAXON_HOME}. Bucket stores come later; until then a
 * {@code store} entry stops start-up rather than silently keeping artifacts elsewhere.
 */
final class ArtifactStoreFactory {
  private ArtifactStoreFactory() {}

  static LocalArtifactStore create(LocalArtifactRoots roots, PlatformConfig config) {
    return new LocalArtifactStore(roots, ExtractionLimits.forUploads(maxUploadBytes(config)));
  }

  static LocalArtifactRoots roots(PolyaxonHome home, PlatformConfig config) {
    boolean kubernetes = "kubernetes".equals(config.get(Options.EXECUTOR));
    return new LocalArtifactRoots(
        directory(config, Options.PERSISTENCE_REPOS, "persistence.repos", home.repos(), kubernetes),
        directory(firstOutputs(config), "persistence.outputs", home.outputs(), kubernetes),
        directory(config, Options.PERSISTENCE_LOGS, "persistence.logs", home.logs(), kubernetes),
        directory(
            config, Options.PERSISTENCE_UPLOAD, "persistence.upload", home.upload(), kubernetes));
  }

  /** {@code uploads.maxSizeMiB} in bytes. */
  static long maxUploadBytes(PlatformConfig config) {
    return config.get(Options.UPLOADS_MAX_SIZE_MIB) * 1024L * 1024L;
  }

  private static Map<String, String> firstOutputs(PlatformConfig config) {
    // The first named outputs volume is the default one, as in 0.4 ("multi-outputs" is not in CE).
    return config.get(Options.PERSISTENCE_OUTPUTS).values().stream().findFirst().orElse(Map.of());
  }

  private static Path directory(
      PlatformConfig config,
      Option<Map<String, String>> option,
      String key,
      Path fallback,
      boolean kubernetes) {
    return directory(config.get(option), key, fallback, kubernetes);
  }

  /**
   * In a pod the volume is seen at {@code mountPath}; a server on one machine reads the host's
   * directory, {@code hostPath}, first.
   */
  private static Path directory(
      Map<String, String> volume, String key, Path fallback, boolean kubernetes) {
    if (!isBlank(volume.get("store")) || !isBlank(volume.get("bucket"))) {
      throw new StartupException(
          key
              + ": buckets (store/bucket) are not supported yet; use mountPath or hostPath, or"
              + " leave it empty for a directory under POLYAXON_HOME.");
    }
    String mountPath = volume.get("mountPath");
    String hostPath = volume.get("hostPath");
    String first = kubernetes ? mountPath : hostPath;
    String second = kubernetes ? hostPath : mountPath;
    if (!isBlank(first)) {
      return Path.of(first);
    }
    return isBlank(second) ? fallback : Path.of(second);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
