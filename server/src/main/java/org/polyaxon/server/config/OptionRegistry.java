package org.polyaxon.server.config;

import static org.polyaxon.server.config.OptionTypes.OBJECT_LIST;
import static org.polyaxon.server.config.OptionTypes.STRING;
import static org.polyaxon.server.config.OptionTypes.integer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How {@link Options} declares its options: each factory registers the option it makes, in
 * declaration order, which is the order of the configuration reference.
 */
final class OptionRegistry {
  private static final List<Option<?>> ALL = new ArrayList<>();

  private OptionRegistry() {}

  static List<Option<?>> all() {
    return Collections.unmodifiableList(ALL);
  }

  static <T> Option<T> add(
      String key, OptionType<T> type, T defaultValue, String description, String... env) {
    Option<T> option = new Option<>(key, type, defaultValue, List.of(env), false, description);
    ALL.add(option);
    return option;
  }

  static Option<String> secret(String key, String defaultValue, String description, String... env) {
    Option<String> option =
        new Option<>(key, STRING, defaultValue, List.of(env), true, description);
    ALL.add(option);
    return option;
  }

  static Option<Integer> seconds(String key, int defaultValue, String description) {
    String env = "POLYAXON_INTERVALS_" + upperSnake(key.substring(key.indexOf('.') + 1));
    return add(key, integer(1, 86_400), defaultValue, description + " In seconds.", env);
  }

  static Option<List<Map<String, Object>>> integration(String name, String env) {
    return add(
        "integrations." + name,
        OBJECT_LIST,
        List.of(),
        "Webhooks notified of run events on " + name + ": a list of {url, channel}.",
        env);
  }

  static <T> List<Option<T>> perKind(
      String prefix, OptionType<T> type, T defaultValue, String description, String envPrefix) {
    List<Option<T>> options = new ArrayList<>();
    for (String kind : List.of("core", "experiments", "jobs", "builds", "tensorboards")) {
      String what = kind.equals("core") ? "the platform's own" : kind.replaceAll("s$", "") + " run";
      options.add(
          add(
              prefix + "." + kind,
              type,
              defaultValue,
              String.format(description, what),
              envPrefix + kind.toUpperCase(java.util.Locale.ROOT)));
    }
    return List.copyOf(options);
  }

  static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
