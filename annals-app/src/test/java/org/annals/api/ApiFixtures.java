package org.annals.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.CodedArticle;
import org.annals.events.ActorRef;
import org.annals.events.CameoCode;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Mode;
import org.annals.ingest.Article;
import org.annals.nlp.ParsedArticle;
import org.annals.store.EventStore;

/** Hand-built stored events for the API and CLI tests: no CoreNLP models. */
public final class ApiFixtures {
  public static final CameoCode EXPEL = new CameoCode("174", "Expel or deport individuals", -5.0, 4,
      "COERCE");
  static final CameoCode MEET = new CameoCode("036", "Express intent to meet or negotiate", 4.0,
      1, "CONSULT");
  static final String SCRIPT_EVIDENCE =
      "Norway expelled <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> "
          + "two Russian diplomats.";
  /** The bulk events, one a day, for paging. */
  public static final int BULK = 520;

  private ApiFixtures() {}

  /** Fills a store: two reports of one expulsion, a script story, a meeting, bulk events. */
  public static void fill(EventStore store) {
    List<CodedArticle> articles = new ArrayList<>();
    String expel = "Norway expelled two Russian diplomats on Friday.";
    articles.add(article("a1", "2024-03-10", expel,
        event("a1", 1, "NOR", "Norway", "RUSGOV", "Russian diplomats", EXPEL, "2024-03-08",
            "expelled", expel)));
    articles.add(article("a2", "2024-03-11", expel,
        event("a2", 1, "NOR", "Norway", "RUSGOV", "Russian diplomats", EXPEL, "2024-03-08",
            "expelled", expel)));
    articles.add(article("x1", "2024-02-01", SCRIPT_EVIDENCE,
        event("x1", 1, "NOR", "Norway", "RUS", "Russian", EXPEL, "2024-02-01", "expelled",
            SCRIPT_EVIDENCE)));
    String meet = "France said it would meet Germany next week.";
    articles.add(article("m1", "2024-01-05", meet,
        event("m1", 1, "FRA", "France", "DEU", "Germany", MEET, "2024-01-12", "meet", meet)));
    for (int i = 0; i < BULK; i++) {
      String day = LocalDate.of(2020, 1, 1).plusDays(i).toString();
      String text = "Chile criticized Peru on day " + i + ".";
      articles.add(article("b" + i, day, text,
          event("b" + i, 1, "CHL", "Chile", "PER", "Peru", EXPEL, day, "criticized", text)));
    }
    store.saveAll(articles);
  }

  public static Event event(String doc, int n, String source, String sourceText, String target,
      String targetText, CameoCode code, String date, String trigger, String evidence) {
    int t = evidence.indexOf(trigger);
    return new Event(doc, doc + "#" + n, actor(source, sourceText, evidence),
        actor(target, targetText, evidence), code,
        Optional.of(new EventDate(LocalDate.parse(date), EventDate.Precision.DAY, "explicit")),
        Mode.ASSERTED, 0, trigger, t, t + trigger.length(), evidence, "p" + code.code(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static ActorRef actor(String code, String text, String evidence) {
    int at = Math.max(0, evidence.indexOf(text));
    return new ActorRef(code, text, at, at + text.length(), text.toLowerCase(java.util.Locale.ROOT));
  }

  private static CodedArticle article(String id, String published, String text, Event... events) {
    return article(id, "Wire", published, text, events);
  }

  /** Returns a coded article from a publisher, with the URL {@code http://example.org/<id>}. */
  public static CodedArticle article(String id, String publisher, String published, String text,
      Event... events) {
    Article a = new Article(id, Optional.of(LocalDate.parse(published)), publisher, "Title " + id,
        text, Map.of("url", "http://example.org/" + id));
    return new CodedArticle(new ParsedArticle(a, text, List.of()), List.of(events), Map.of());
  }
}
