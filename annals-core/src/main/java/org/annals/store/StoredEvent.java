package org.annals.store;

import java.util.Objects;
import org.annals.events.Event;

/**
 * One happening as stored: the event as its first mention read it, and how often it was reported.
 *
 * @param id the stored event id, a stable hash of source, target, code, mode and date window
 * @param event the first mention's event, with {@code id} set to the stored id, {@code doc} to the
 *     first article and {@code cause} to the stored id of the event it responds to
 * @param mentions how many times articles reported it (GDELT's NumMentions)
 * @param sources how many publishers (the articles' {@code source} field) reported it (GDELT's
 *     NumSources)
 * @param articles how many articles reported it (GDELT's NumArticles)
 * @param url the first article's URL, or empty
 */
public record StoredEvent(long id, Event event, int mentions, int sources, int articles,
    String url) {
  /** Validates the fields. */
  public StoredEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(url, "url");
  }
}
