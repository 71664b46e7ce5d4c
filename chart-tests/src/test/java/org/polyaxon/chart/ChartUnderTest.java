package org.polyaxon.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart {@code charts/polyaxon} as Helm sees it.
 *
 * <p>helm-java's {@code template} leaves hook resources out, so renders use a copy of the chart in
 * which the {@code helm.sh/hook*} annotations are renamed to {@value #HOOK_PREFIX}*: the hook Jobs
 * then render as plain manifests and tests can still read their hook annotations.
 */
final class ChartUnderTest {

  static final String RELEASE = "polyaxon";
  static final String NAMESPACE = "polyaxon";
  static final String FULLNAME = "polyaxon-polyaxon";
  static final String HOOK_PREFIX = "polyaxon.test/hook";

  /** helm-java defaults to Kubernetes 1.20, older than the chart's kubeVersion. */
  static final String KUBE_VERSION = "v1.30.0";

  static final Path DIR =
      Path.of(System.getProperty("polyaxon.chart.dir", "../charts/polyaxon"))
          .toAbsolutePath()
          .normalize();

  private static Path hooksAsManifests;

  private ChartUnderTest() {}

  static Path values(String name) {
    Path p = Path.of("src/test/resources/values", name).toAbsolutePath();
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no values file " + p);
    }
    return p;
  }

  static Path upstreamValues() {
    return Path.of("src/test/resources/values-upstream-0.x.yaml").toAbsolutePath();
  }

  /** Renders with the given values files (in order) and --set pairs. */
  static Rendered render(Map<String, Object> sets, Path... valuesFiles) {
    return Rendered.parse(template(renderableCopy(), NAMESPACE, sets, valuesFiles).call());
  }

  static Rendered render(Path... valuesFiles) {
    return render(Map.of(), valuesFiles);
  }

  static Rendered renderIn(String namespace, Map<String, Object> sets, Path... valuesFiles) {
    return Rendered.parse(template(renderableCopy(), namespace, sets, valuesFiles).call());
  }

  /** Renders the chart as it is (hooks left out by helm-java); for schema checks. */
  static String templateOriginal(Map<String, Object> sets, Path... valuesFiles) {
    return template(DIR, NAMESPACE, sets, valuesFiles).call();
  }

  private static TemplateCommand template(
      Path chart, String namespace, Map<String, Object> sets, Path... valuesFiles) {
    FakeKubeApi.get();
    TemplateCommand cmd =
        new Helm(chart)
            .template()
            .withName(RELEASE)
            .withNamespace(namespace)
            .withKubeVersion(KUBE_VERSION);
    for (Path f : valuesFiles) {
      cmd = cmd.withValuesFile(f);
    }
    for (Map.Entry<String, Object> e : sets.entrySet()) {
      cmd = cmd.set(e.getKey(), e.getValue());
    }
    return cmd;
  }

  static synchronized Path renderableCopy() {
    if (hooksAsManifests == null) {
      try {
        Path copy = Files.createTempDirectory("polyaxon-chart-");
        copy.toFile().deleteOnExit();
        try (Stream<Path> files = Files.walk(DIR)) {
          for (Path src : (Iterable<Path>) files::iterator) {
            Path dst = copy.resolve(DIR.relativize(src).toString());
            if (Files.isDirectory(src)) {
              Files.createDirectories(dst);
            } else {
              String text = Files.readString(src);
              if (src.toString().endsWith(".yaml") || src.toString().endsWith(".tpl")) {
                text = text.replace("helm.sh/hook", HOOK_PREFIX);
              }
              Files.writeString(dst, text);
            }
            dst.toFile().deleteOnExit();
          }
        }
        hooksAsManifests = copy;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hooksAsManifests;
  }
}
