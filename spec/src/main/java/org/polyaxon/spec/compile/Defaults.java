package org.polyaxon.spec.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The defaults of spec version 1, written into the compiled form so that readers need not know. */
final class Defaults {

  private Defaults() {}

  @SuppressWarnings("unchecked")
  static void apply(Map<String, Object> file, String kind) {
    switch (kind) {
      case "experiment", "group", "build" -> file.putIfAbsent("backend", "native");
      case "notebook" -> file.putIfAbsent("backend", "notebook");
      default -> {}
    }
    if (file.get("hptuning") instanceof Map<?, ?> hptuning) {
      applySearch((Map<String, Object>) hptuning);
    }
  }

  @SuppressWarnings("unchecked")
  private static void applySearch(Map<String, Object> hptuning) {
    hptuning.putIfAbsent("concurrency", 1L);
    boolean anyAlgorithm =
        List.of("grid_search", "random_search", "hyperband", "bo").stream()
            .anyMatch(hptuning::containsKey);
    if (!anyAlgorithm) {
      hptuning.put("grid_search", new LinkedHashMap<>());
    }
    for (String algorithm : List.of("hyperband", "bo")) {
      if (hptuning.get(algorithm) instanceof Map<?, ?> search
          && search.get("metric") instanceof Map<?, ?> metric) {
        ((Map<String, Object>) metric).putIfAbsent("optimization", "minimize");
      }
    }
    if (hptuning.get("early_stopping") instanceof List<?> conditions) {
      for (Object condition : conditions) {
        Map<String, Object> c = (Map<String, Object>) condition;
        c.putIfAbsent("optimization", "maximize");
        c.putIfAbsent("policy", "experiment");
      }
    }
  }
}
