package org.polyaxon.server;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polyaxon.executor.kubernetes.RunCleanup;
import org.polyaxon.server.config.ConfigException;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.config.PlatformConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polyaxon admin cleanup}: the chart's pre-delete hook. Deletes the run pods and services of
 * the release (by {@code runLabels}) in {@code namespace}, so an uninstall leaves no run behind.
 */
@Command(
    name = "cleanup",
    mixinStandardHelpOptions = true,
    description = "Delete every run pod and service of this release (the chart's pre-delete hook).")
final class CleanupCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $POLYAXON_HOME/polyaxon.yaml when it exists).")
  Path configFile;

  @Override
  public Integer call() {
    PolyaxonHome home = PolyaxonHome.resolve(System.getenv(), System.getProperty("user.home"));
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      PlatformConfig config = ConfigFiles.load(configFile, home, System.getenv());
      System.out.println(clean(config, client));
      return 0;
    } catch (ConfigException e) {
      System.err.println("polyaxon admin cleanup: the configuration has problems:");
      e.problems().forEach(problem -> System.err.println("  " + problem));
      return 1;
    } catch (RuntimeException e) {
      System.err.println("polyaxon admin cleanup: " + e.getMessage());
      return 1;
    }
  }

  /** Cleans up and says what was deleted, in one line. */
  static String clean(PlatformConfig config, KubernetesClient client) {
    String namespace = config.get(Options.NAMESPACE);
    RunCleanup.Result result =
        new RunCleanup(client).clean(namespace, config.get(Options.RUN_LABELS));
    return "Deleted "
        + result.pods()
        + " run pods and "
        + result.services()
        + " run services in namespace "
        + namespace
        + ".";
  }
}
