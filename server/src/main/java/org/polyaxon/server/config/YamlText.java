package org.polyaxon.server.config;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads a short YAML (or JSON) text, such as an environment variable, into plain Java values. */
final class YamlText {
  private YamlText() {}

  static Object parse(String text) {
    try {
      return new Load(LoadSettings.builder().build()).loadFromString(text);
    } catch (YamlEngineException e) {
      throw new InvalidValueException("'" + text + "' is not valid YAML or JSON");
    }
  }
}
