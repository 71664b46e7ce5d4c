package org.polyaxon.core;

import java.util.List;

/**
 * One page of a listing and the total it was cut from.
 *
 * @param items this page
 * @param count the total number of items across all pages
 * @param <T> what is listed
 */
public record Page<T>(List<T> items, long count) {
  public Page {
    items = List.copyOf(items);
  }
}
