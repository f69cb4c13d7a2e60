package org.annals.store;

import java.util.List;

/**
 * What one {@link EventStore#saveAll} stored.
 *
 * @param articles articles stored
 * @param skipped ids of articles not stored because the store had them already (or the batch
 *     held them twice)
 * @param changed ids, among {@code skipped}, that the store holds with another text
 * @param mentions event mentions stored
 * @param newEvents events (happenings) the store did not have before
 */
public record SaveResult(int articles, List<String> skipped, List<String> changed, int mentions,
    int newEvents) {
  /** Copies the lists. */
  public SaveResult {
    skipped = List.copyOf(skipped);
    changed = List.copyOf(changed);
  }
}
