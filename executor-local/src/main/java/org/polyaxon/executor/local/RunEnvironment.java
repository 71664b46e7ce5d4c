package org.polyaxon.executor.local;

import java.util.Map;
import java.util.TreeMap;

/**
 * The environment a run's process gets: a minimal base taken from the server (PATH, HOME, LANG),
 * then the launch's variables on top. Nothing else of the server's environment passes, so its
 * secrets (database password, cloud keys) never reach user code.
 */
final class RunEnvironment {
  private static final Map<String, String> DEFAULTS =
      Map.of(
          "PATH", "/usr/local/bin:/usr/bin:/bin",
          "HOME", System.getProperty("user.home", "/"),
          "LANG", "C.UTF-8");

  private RunEnvironment() {}

  static Map<String, String> of(Map<String, String> server, Map<String, String> launch) {
    Map<String, String> environment = new TreeMap<>();
    for (Map.Entry<String, String> base : DEFAULTS.entrySet()) {
      String value = server.get(base.getKey());
      environment.put(base.getKey(), value == null || value.isEmpty() ? base.getValue() : value);
    }
    environment.putAll(launch);
    return environment;
  }
}
