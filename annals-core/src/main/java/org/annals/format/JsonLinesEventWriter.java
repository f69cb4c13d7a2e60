package org.annals.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.ingest.Article;

/**
 * Writes Annals' own JSON Lines: every field of an event, keys always in the same order. The
 * events of an article ({@link #writeArticle}) carry after those keys what a store needs to load
 * them ({@code annals ingest --coded}): {@code code_name}, {@code source_entry}, {@code
 * target_entry}, the place's {@code kind}, and an {@code article} object with the article's {@code
 * published} date, {@code publisher}, {@code title}, {@code url} (each null when unknown), the
 * {@code hash} of its text and the number of its {@code events}.
 */
final class JsonLinesEventWriter extends LineEventWriter {
  JsonLinesEventWriter(Writer out) {
    super(out);
  }

  @Override
  String line(Event e) throws JsonProcessingException {
    return json(node(e));
  }

  @Override
  public void writeArticle(Article article, List<Event> events) throws IOException {
    ObjectNode about = article(article, events.size());
    for (Event e : events) {
      ObjectNode o = node(e);
      o.put("code_name", e.code().name());
      o.put("source_entry", e.source().entry());
      o.put("target_entry", e.target().entry());
      e.place().ifPresent(p -> ((ObjectNode) o.get("place")).put("kind", p.kind()));
      o.set("article", about);
      writeLine(json(o));
    }
  }

  /** The {@code article} object of the lines of an article's events. */
  private static ObjectNode article(Article a, int events) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("published", a.date().map(Object::toString).orElse(null));
    o.put("publisher", a.source().isEmpty() ? null : a.source());
    o.put("title", a.title().isEmpty() ? null : a.title());
    o.put("url", a.extra().get("url") instanceof String u && !u.isEmpty() ? u : null);
    o.put("hash", a.textHash());
    o.put("events", events);
    return o;
  }

  static ObjectNode node(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("doc", e.doc());
    o.put("id", e.id());
    o.put("source", e.source().code());
    o.put("target", e.target().code());
    o.put("source_text", e.source().text());
    o.put("target_text", e.target().text());
    o.put("source_begin", e.source().begin());
    o.put("source_end", e.source().end());
    o.put("target_begin", e.target().begin());
    o.put("target_end", e.target().end());
    o.put("code", e.code().code());
    o.put("root", e.code().root());
    o.put("quad", e.code().quad());
    o.put("quad_class", e.code().quadName());
    o.put("goldstein", e.code().goldstein());
    o.put("plover", e.code().plover());
    date(o, e);
    o.put("mode", e.mode().label());
    o.put("sentence", e.sentence());
    o.put("trigger", e.trigger());
    o.put("trigger_begin", e.triggerBegin());
    o.put("trigger_end", e.triggerEnd());
    o.put("evidence", e.evidence());
    o.put("pattern", e.pattern());
    optional(o, e);
    return o;
  }

  private static void date(ObjectNode o, Event e) {
    EventDate d = e.date().orElse(null);
    if (d == null) {
      o.putNull("date");
      o.putNull("date_precision");
      o.putNull("date_source");
      return;
    }
    o.put("date", d.text());
    o.put("date_precision", d.precision().name().toLowerCase(Locale.ROOT));
    o.put("date_source", d.source());
  }

  private static void optional(ObjectNode o, Event e) {
    e.cause().ifPresent(c -> o.put("cause", c));
    e.place()
        .ifPresent(
            p -> {
              ObjectNode place = o.putObject("place");
              place.put("name", p.name());
              place.put("country", p.country());
              place.put("lat", p.lat());
              place.put("lon", p.lon());
            });
    e.count().ifPresent(c -> o.put("count", c));
    e.attribution().ifPresent(a -> o.put("attribution", a));
  }
}
