package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered objects fit together, for every values file: selectors select pod templates, mounts
 * name volumes, references name objects and keys the chart renders.
 */
class WiringIT {

  static Stream<Path> valuesFiles() throws java.io.IOException {
    return OpenApiIT.valuesFiles();
  }

  private static List<JsonNode> workloads(Rendered r) {
    List<JsonNode> out = new ArrayList<>();
    out.addAll(r.ofKind("Deployment"));
    out.addAll(r.ofKind("DaemonSet"));
    out.addAll(r.ofKind("Job"));
    return out;
  }

  private static List<JsonNode> containers(JsonNode workload) {
    List<JsonNode> out = new ArrayList<>();
    Rendered.podSpec(workload).path("initContainers").forEach(out::add);
    Rendered.podSpec(workload).path("containers").forEach(out::add);
    return out;
  }

  private static String id(JsonNode o) {
    return o.path("kind").asText() + " " + o.path("metadata").path("name").asText();
  }

  @ParameterizedTest
  @MethodSource("valuesFiles")
  void selectorsMatchTheirPodTemplates(Path values) {
    Rendered r = ChartUnderTest.render(values);

    for (JsonNode w : r.ofKind("Deployment")) {
      JsonNode labels = w.path("spec").path("template").path("metadata").path("labels");
      w.path("spec")
          .path("selector")
          .path("matchLabels")
          .fields()
          .forEachRemaining(
              e ->
                  assertThat(labels.path(e.getKey()).asText())
                      .as(id(w))
                      .isEqualTo(e.getValue().asText()));
    }
    for (JsonNode svc : r.ofKind("Service")) {
      Map<String, String> selector = new java.util.HashMap<>();
      svc.path("spec")
          .path("selector")
          .fields()
          .forEachRemaining(e -> selector.put(e.getKey(), e.getValue().asText()));
      long matching =
          r.ofKind("Deployment").stream()
              .map(d -> d.path("spec").path("template").path("metadata").path("labels"))
              .filter(
                  l ->
                      selector.entrySet().stream()
                          .allMatch(e -> e.getValue().equals(l.path(e.getKey()).asText())))
              .count();
      assertThat(matching).as("pod templates selected by " + id(svc)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("valuesFiles")
  void mountsNameVolumesAndProbesNamePorts(Path values) {
    Rendered r = ChartUnderTest.render(values);

    for (JsonNode w : workloads(r)) {
      List<String> volumes = new ArrayList<>();
      Rendered.podSpec(w).path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
      for (JsonNode c : containers(w)) {
        c.path("volumeMounts")
            .forEach(m -> assertThat(volumes).as(id(w)).contains(m.path("name").asText()));
        List<String> ports = new ArrayList<>();
        c.path("ports").forEach(p -> ports.add(p.path("name").asText()));
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
          JsonNode port = c.path(probe).path("httpGet").path("port");
          if (port.isTextual()) {
            assertThat(ports).as(id(w) + " " + probe).contains(port.asText());
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("valuesFiles")
  void referencesNameRenderedObjectsAndKeys(Path values) {
    Rendered r = ChartUnderTest.render(values);
    String release = ChartUnderTest.RELEASE;

    for (JsonNode w : workloads(r)) {
      Rendered.podSpec(w)
          .path("volumes")
          .forEach(
              v -> {
                if (v.has("configMap")) {
                  assertThat(r.find("ConfigMap", v.path("configMap").path("name").asText()))
                      .as(id(w))
                      .isPresent();
                }
                if (v.has("persistentVolumeClaim")) {
                  String claim = v.path("persistentVolumeClaim").path("claimName").asText();
                  if (claim.startsWith(release + "-")) {
                    assertThat(r.find("PersistentVolumeClaim", claim)).as(id(w)).isPresent();
                  }
                }
              });
      for (JsonNode c : containers(w)) {
        c.path("env")
            .forEach(
                e -> {
                  JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                  String name = ref.path("name").asText();
                  if (name.startsWith(release + "-")) {
                    assertThat(r.secret(name, ref.path("key").asText()))
                        .as(id(w) + " env " + e.path("name").asText())
                        .isNotNull();
                  }
                });
      }
      String sa = Rendered.podSpec(w).path("serviceAccountName").asText("");
      if (!sa.isEmpty()) {
        assertThat(r.find("ServiceAccount", sa)).as(id(w)).isPresent();
      }
    }
    for (JsonNode ing : r.ofKind("Ingress")) {
      ing.path("spec")
          .path("rules")
          .forEach(
              rule ->
                  rule.path("http")
                      .path("paths")
                      .forEach(
                          p -> {
                            JsonNode backend = p.path("backend").path("service");
                            JsonNode svc = r.get("Service", backend.path("name").asText());
                            List<Integer> ports = new ArrayList<>();
                            svc.path("spec")
                                .path("ports")
                                .forEach(sp -> ports.add(sp.path("port").asInt()));
                            assertThat(ports).contains(backend.path("port").path("number").asInt());
                          }));
    }
  }
}
