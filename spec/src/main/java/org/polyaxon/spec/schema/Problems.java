package org.polyaxon.spec.schema;

import java.util.ArrayList;
import java.util.List;
import org.polyaxon.spec.Problem;
import org.polyaxon.spec.yaml.Position;

/** Collects problems while a Polyaxonfile is checked, so that all of them are reported at once. */
public final class Problems {

  private final List<Problem> list = new ArrayList<>();

  /** Records a problem at a position. */
  public void add(Position at, String path, String message) {
    list.add(new Problem(at.file(), at.line(), at.column(), path, message));
  }

  /** True when nothing was recorded. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The number of problems recorded so far. */
  public int size() {
    return list.size();
  }

  /** What was recorded, in the order found. */
  public List<Problem> asList() {
    return List.copyOf(list);
  }

  /** {@code parent.key}, or {@code key} at the top. */
  public static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** {@code parent[index]}. */
  public static String item(String path, int index) {
    return path + "[" + index + "]";
  }
}
