package org.polyaxon.server.config;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The platform's configuration after defaults, the file and the environment were applied. */
public final class PlatformConfig {
  private final Map<Option<?>, Object> values;
  private final List<String> warnings;
  private final List<String> chartOnlyKeys;

  PlatformConfig(Map<Option<?>, Object> values, List<String> warnings, List<String> chartOnlyKeys) {
    this.values = Collections.unmodifiableMap(new HashMap<>(values));
    this.warnings = List.copyOf(warnings);
    this.chartOnlyKeys = List.copyOf(chartOnlyKeys);
  }

  /** The built-in defaults alone. */
  public static PlatformConfig defaults() {
    return new PlatformConfig(Map.of(), List.of(), List.of());
  }

  /** A copy with {@code option} set, for tests and command-line overrides. */
  public <T> PlatformConfig with(Option<T> option, T value) {
    Map<Option<?>, Object> changed = new HashMap<>(values);
    changed.put(option, value);
    return new PlatformConfig(changed, warnings, chartOnlyKeys);
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Option<T> option) {
    return values.containsKey(option) ? (T) values.get(option) : option.defaultValue();
  }

  /** True when the file or the environment set the option. */
  public boolean isSet(Option<?> option) {
    return values.containsKey(option);
  }

  /** Keys that were not understood, with a suggestion where one is close. */
  public List<String> warnings() {
    return warnings;
  }

  /** Keys of the file that only the Helm chart acts on (from a copied values.yaml). */
  public List<String> chartOnlyKeys() {
    return chartOnlyKeys;
  }
}
