package org.annals.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.annals.events.Event;

/** A writer that turns each event into one line of text. */
abstract class LineEventWriter implements EventWriter {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final Writer out;

  LineEventWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Returns the event's line, without the line break. */
  abstract String line(Event e) throws IOException;

  @Override
  public void write(Event e) throws IOException {
    writeLine(line(e));
  }

  /** Writes a line and its line break. */
  void writeLine(String line) throws IOException {
    out.write(line);
    out.write('\n');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  static String json(ObjectNode node) throws JsonProcessingException {
    return MAPPER.writeValueAsString(node);
  }
}
