package org.annals.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import org.annals.events.ActorRef;
import org.annals.events.Event;
import org.annals.events.EventDate;

/**
 * Writes PLOVER 2.0-style JSON lines: {@code event_type}, {@code mode}, {@code event_date}, the
 * actors, the CAMEO code, the evidence text and the trigger span, plus {@code location} when the
 * place is known. A CAMEO code with no PLOVER type ({@code -}) gives {@code event_type} null.
 */
final class PloverEventWriter extends LineEventWriter {
  PloverEventWriter(Writer out) {
    super(out);
  }

  @Override
  String line(Event e) throws JsonProcessingException {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("doc", e.doc());
    String type = e.code().plover();
    if (type.isBlank() || type.equals("-")) {
      o.putNull("event_type");
    } else {
      o.put("event_type", type);
    }
    o.put("mode", e.mode().label());
    o.put("event_date", e.date().map(EventDate::text).orElse(null));
    ObjectNode actors = o.putObject("actors");
    actor(actors.putObject("source"), e.source());
    actor(actors.putObject("target"), e.target());
    o.put("cameo", e.code().code());
    o.put("text", e.evidence());
    ObjectNode span = o.putObject("span");
    span.put("trigger", e.trigger());
    span.put("begin", e.triggerBegin());
    span.put("end", e.triggerEnd());
    e.place()
        .ifPresent(
            p -> {
              ObjectNode location = o.putObject("location");
              location.put("name", p.name());
              location.put("country", p.country());
              location.put("lat", p.lat());
              location.put("lon", p.lon());
            });
    return json(o);
  }

  private static void actor(ObjectNode o, ActorRef a) {
    o.put("code", a.code());
    o.put("text", a.text());
  }
}
