package org.annals.format;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import org.annals.events.Event;

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
}
