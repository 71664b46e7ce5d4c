package org.polyaxon.spec.search.space;

import java.util.ArrayList;
import java.util.List;

/**
 * The finite, ordered values of one discrete matrix option, computed on demand so that a long
 * {@code range} is never held in memory.
 */
public interface DiscreteAxis {

  /** How many values the option has. */
  long size();

  /** The value at {@code index}, {@code 0 <= index < size()}. */
  Object value(long index);

  /** All values; only for axes known to be small. */
  default List<Object> toList() {
    if (size() > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("axis too large to list: " + size());
    }
    List<Object> values = new ArrayList<>((int) size());
    for (long i = 0; i < size(); i++) {
      values.add(value(i));
    }
    return values;
  }
}
