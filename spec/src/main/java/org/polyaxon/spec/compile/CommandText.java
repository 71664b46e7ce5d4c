package org.polyaxon.spec.compile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Flattens commands written over several lines. A YAML plain scalar folds {@code a \}, newline,
 * {@code b} into {@code a \ b}; a block scalar keeps the newline. Both are shell line
 * continuations, so the backslash goes; an escaped character inside a word ({@code my\ file})
 * stays.
 */
public final class CommandText {

  /** A backslash standing alone between blanks, or at the end of a line or of the text. */
  private static final Pattern CONTINUATION =
      Pattern.compile("(?:^|[ \\t]+)\\\\(?:[ \\t]*\\r?\\n[ \\t]*|[ \\t]+|$)");

  /** A backslash right before a line break, glued to the word before it. */
  private static final Pattern GLUED_CONTINUATION = Pattern.compile("\\\\\\r?\\n");

  private CommandText() {}

  /** One command on one line. */
  public static String flatten(String command) {
    String flat = CONTINUATION.matcher(command).replaceAll(" ");
    flat = GLUED_CONTINUATION.matcher(flat).replaceAll("");
    return flat.strip();
  }

  /** A string or a list of strings as a list of flattened commands. */
  static List<String> commands(Object cmd) {
    if (cmd instanceof String text) {
      return List.of(flatten(text));
    }
    return ((List<?>) cmd).stream().map(item -> flatten((String) item)).toList();
  }
}
