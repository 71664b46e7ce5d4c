package org.polyaxon.server.config;

/**
 * How one configuration option reads its value: from the YAML tree of {@code polyaxon.yaml}
 * (strings, numbers, booleans, lists and maps) or from an environment variable, whose text is read
 * as YAML first so that {@code 8}, {@code true} and JSON lists mean what they say.
 *
 * @param <T> the Java type of the option's value
 */
public interface OptionType<T> {

  /**
   * Converts a value read from YAML. Throws {@link InvalidValueException} naming what was expected
   * when the value does not fit.
   */
  T fromYaml(Object raw);

  /** What a valid value looks like, for error messages and the configuration reference. */
  String expected();

  /**
   * Converts the text of an environment variable. Structured types read it as YAML (so JSON works
   * too); text types override this to take it verbatim, so a password such as {@code 0x1F} stays a
   * password.
   */
  default T fromEnvironment(String text) {
    return fromYaml(YamlText.parse(text));
  }
}
