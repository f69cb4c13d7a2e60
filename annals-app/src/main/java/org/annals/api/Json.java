package org.annals.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.events.ActorRef;
import org.annals.events.Event;
import org.annals.store.ActorSummary;
import org.annals.store.Bucket;
import org.annals.store.EventDetail;
import org.annals.store.Mention;
import org.annals.store.StoredArticle;
import org.annals.store.StoredEvent;

/** The JSON shapes of the API, as ordered maps written with Jackson. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static Map<String, Object> stored(StoredEvent s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", Long.toString(s.id()));
    m.putAll(event(s.event()));
    m.put("mentions", s.mentions());
    m.put("sources", s.sources());
    m.put("articles", s.articles());
    m.put("url", s.url());
    return m;
  }

  static Map<String, Object> detail(EventDetail d) {
    Map<String, Object> m = stored(d.event());
    m.put("mention_list", d.mentions().stream().map(Json::mention).toList());
    return m;
  }

  static Map<String, Object> event(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", e.doc());
    m.put("event_id", e.id());
    m.put("source", actor(e.source()));
    m.put("target", actor(e.target()));
    m.put("code", e.code().code());
    m.put("code_name", e.code().name());
    m.put("root", e.code().root());
    m.put("quad", e.code().quad());
    m.put("goldstein", e.code().goldstein());
    m.put("plover", e.code().plover());
    m.put("date", e.date().map(d -> d.text()).orElse(null));
    m.put("mode", e.mode().label());
    m.put("sentence", e.sentence());
    m.put("trigger", e.trigger());
    m.put("trigger_begin", e.triggerBegin());
    m.put("trigger_end", e.triggerEnd());
    m.put("evidence", e.evidence());
    m.put("pattern", e.pattern());
    m.put("cause", e.cause().orElse(null));
    m.put("place", e.place().map(p -> p.toString()).orElse(null));
    m.put("count", e.count().orElse(null));
    m.put("attribution", e.attribution().orElse(null));
    return m;
  }

  private static Map<String, Object> actor(ActorRef a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("text", a.text());
    m.put("begin", a.begin());
    m.put("end", a.end());
    return m;
  }

  private static Map<String, Object> mention(Mention mention) {
    Map<String, Object> m = event(mention.event());
    m.put("article", article(mention.article()));
    return m;
  }

  private static Map<String, Object> article(StoredArticle a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("publisher", a.publisher());
    m.put("published", a.published().map(Object::toString).orElse(null));
    m.put("url", a.url());
    return m;
  }

  static Map<String, Object> bucket(Bucket b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", b.period().map(Object::toString).orElse(null));
    m.put("key", b.key());
    m.put("events", b.events());
    m.put("mentions", b.mentions());
    m.put("goldstein", b.goldstein());
    return m;
  }

  static Map<String, Object> actor(ActorSummary a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("country", a.country());
    m.put("name", a.name());
    m.put("as_source", a.asSource());
    m.put("as_target", a.asTarget());
    return m;
  }

  static Map<String, Object> page(List<Map<String, Object>> items, String next) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", items);
    m.put("next", next);
    return m;
  }
}
