package org.annals.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of results.
 *
 * @param items the results, in order
 * @param next the cursor of the next page, empty on the last page
 */
public record Page<T>(List<T> items, Optional<String> next) {
  /** Copies the list. */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }
}
