package org.annals.format;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.List;
import org.annals.events.Event;
import org.annals.ingest.Article;

/**
 * Writes coded events, one line each, in one output format. Not thread-safe; closing it closes the
 * underlying writer.
 */
public interface EventWriter extends Closeable, Flushable {
  /** Writes one event as one line. */
  void write(Event e) throws IOException;

  /** Writes events in the order given. */
  default void writeAll(Iterable<Event> events) throws IOException {
    for (Event e : events) {
      write(e);
    }
  }

  /**
   * Writes the events coded from one article, in the order given. Annals' JSON Lines add to each
   * line what a store needs to load it without coding the article again ({@code annals ingest
   * --coded}): the article's fields and the event's code name, lexicon entries and place kind.
   * Other formats write the events as {@link #writeAll} does.
   */
  default void writeArticle(Article article, List<Event> events) throws IOException {
    writeAll(events);
  }
}
