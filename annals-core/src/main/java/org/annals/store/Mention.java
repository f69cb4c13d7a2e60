package org.annals.store;

import java.util.Objects;
import org.annals.events.Event;

/**
 * One report of a stored event in one article.
 *
 * @param event the event as coded from that article ({@code doc} the article id, {@code id} the
 *     event's id within it, {@code cause} the id of another event of the same article)
 * @param article the article
 */
public record Mention(Event event, StoredArticle article) {
  /** Validates the fields. */
  public Mention {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(article, "article");
  }
}
