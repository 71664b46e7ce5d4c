package org.polyaxon.executor.local;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /**
   * Variables bash acts on as it starts: they would run code, or change the shell's options, inside
   * the wrapper that records the exit code, so a launch cannot set them.
   */
  private static final Set<String> SHELL_STARTUP =
      Set.of("BASH_ENV", "ENV", "SHELLOPTS", "BASHOPTS", "POSIXLY_CORRECT");

  private RunEnvironment() {}

  static Map<String, String> of(Map<String, String> server, Map<String, String> launch) {
    Map<String, String> environment = new TreeMap<>();
    for (Map.Entry<String, String> base : DEFAULTS.entrySet()) {
      String value = server.get(base.getKey());
      environment.put(base.getKey(), value == null || value.isEmpty() ? base.getValue() : value);
    }
    launch.forEach(
        (name, value) -> {
          if (!isShellStartup(name)) {
            environment.put(name, value);
          }
        });
    return environment;
  }

  /** The launch's variables that {@link #of} leaves out, to say so. */
  static Set<String> dropped(Map<String, String> launch) {
    Set<String> dropped = new TreeSet<>();
    for (String name : launch.keySet()) {
      if (isShellStartup(name)) {
        dropped.add(name);
      }
    }
    return dropped;
  }

  private static boolean isShellStartup(String name) {
    // BASH_FUNC_name%% carries an exported function, which could replace the wrapper's commands.
    return SHELL_STARTUP.contains(name) || name.startsWith("BASH_FUNC_");
  }
}
