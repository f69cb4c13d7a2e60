package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.CodedArticle;
import org.annals.events.ActorRef;
import org.annals.events.CameoCode;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Mode;
import org.annals.events.Place;
import org.annals.ingest.Article;
import org.annals.nlp.ParsedArticle;

/** Hand-built coded articles for store tests: no CoreNLP models. */
final class StoreFixtures {
  static final CameoCode EXPEL = new CameoCode("174", "Expel or deport individuals", -5.0, 4,
      "COERCE");
  static final CameoCode CRITICIZE = new CameoCode("111", "Criticize or denounce", -2.0, 3,
      "DISAPPROVE");
  static final CameoCode MEET = new CameoCode("036", "Express intent to meet or negotiate", 4.0,
      1, "CONSULT");

  private StoreFixtures() {}

  static EventDate day(String iso) {
    return new EventDate(LocalDate.parse(iso), EventDate.Precision.DAY, "explicit");
  }

  static EventDate month(String yearMonth) {
    return new EventDate(LocalDate.parse(yearMonth + "-01"), EventDate.Precision.MONTH,
        "explicit");
  }

  static ActorRef actor(String code) {
    return new ActorRef(code, code.substring(0, Math.min(3, code.length())) + " words", 0, 3,
        code.toLowerCase(java.util.Locale.ROOT));
  }

  /** An event of article {@code doc} numbered {@code n}. */
  static Event event(String doc, int n, String source, String target, CameoCode code,
      Optional<EventDate> date) {
    return new Event(doc, doc + "#" + n, actor(source), actor(target), code, date,
        Mode.ASSERTED, n - 1, "verbed", 10 * n, 10 * n + 6,
        source + " verbed " + target + " in sentence " + n + ".", "p" + code.code(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Event expel(String doc, int n, String date) {
    return event(doc, n, "NORGOV", "RUSGOV", EXPEL, Optional.of(day(date)));
  }

  /** A coded article with a publication date and a text of its own. */
  static CodedArticle coded(String id, String published, Event... events) {
    return coded(id, published, "Text of " + id + ".", events);
  }

  static CodedArticle coded(String id, String published, String text, Event... events) {
    Article a = new Article(id, Optional.of(LocalDate.parse(published)), "Wire", "Title " + id,
        text, Map.of("url", "http://example.org/" + id));
    return new CodedArticle(new ParsedArticle(a, text, List.of()), List.of(events), Map.of());
  }

  /** A coded article from another publisher than the default "Wire". */
  static CodedArticle codedBy(String id, String publisher, Event... events) {
    String text = "Text of " + id + ".";
    Article a = new Article(id, Optional.of(LocalDate.parse("2024-03-10")), publisher,
        "Title " + id, text, Map.of("url", "http://example.org/" + id));
    return new CodedArticle(new ParsedArticle(a, text, List.of()), List.of(events), Map.of());
  }

  static Event withCause(Event e, String cause) {
    return e.withId(e.id(), Optional.of(cause));
  }

  static Event withPlace(Event e) {
    Place oslo = new Place("Oslo", "NOR", "capital", 59.91, 10.75);
    return new Event(e.doc(), e.id(), e.source(), e.target(), e.code(), e.date(), e.mode(),
        e.sentence(), e.trigger(), e.triggerBegin(), e.triggerEnd(), e.evidence(), e.pattern(),
        e.cause(), Optional.of(oslo), Optional.of(2), Optional.of("NATO"));
  }
}
