package org.annals.store;

import java.util.List;
import java.util.Objects;

/**
 * A stored event with all its mentions.
 *
 * @param event the event
 * @param mentions its mentions, by article id then mention id
 */
public record EventDetail(StoredEvent event, List<Mention> mentions) {
  /** Copies the list. */
  public EventDetail {
    Objects.requireNonNull(event, "event");
    mentions = List.copyOf(mentions);
  }
}
