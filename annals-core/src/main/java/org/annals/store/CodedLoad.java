package org.annals.store;

import java.util.List;
import org.annals.ingest.BadRecord;

/**
 * What one {@link EventStore#loadCoded} stored.
 *
 * @param articles articles stored
 * @param alreadyStored articles of the file not stored because the store held them already
 * @param mentions event mentions stored
 * @param newEvents events (happenings) the store did not have before
 * @param quarantined the lines that could not be loaded and the articles stored with another
 *     text, as recorded in the quarantine table
 */
public record CodedLoad(int articles, int alreadyStored, long mentions, long newEvents,
    List<BadRecord> quarantined) {
  /** Copies the list. */
  public CodedLoad {
    quarantined = List.copyOf(quarantined);
  }
}
