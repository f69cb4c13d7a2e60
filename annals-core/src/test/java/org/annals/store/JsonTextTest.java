package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.annals.events.ActorRef;
import org.annals.events.Event;
import org.junit.jupiter.api.Test;

/** The JSON of event rows, against what Jackson writes for the same values. */
class JsonTextTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void quote_controlQuotesAndUnicode_escapedAsJackson() throws JsonProcessingException {
    List<String> samples = List.of("", "plain", "say \"no\"", "back\\slash", "tab\tnew\nline",
        "cr\r bs\b ff\f", "nul\u0000 unit\u001f del\u007f", "Zürich – 北京 😀", "a/b</script>",
        "\u2028\u2029");
    for (String s : samples) {
      assertEquals(JACKSON.writeValueAsString(s), JsonText.quote(new StringBuilder(), s)
          .toString(), s);
    }
  }

  @Test
  void quote_randomCharacters_sameAsJackson() throws JsonProcessingException {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        b.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xD800)));
      }
      String s = b.toString();
      assertEquals(JACKSON.writeValueAsString(s), JsonText.quote(new StringBuilder(), s)
          .toString());
    }
  }

  @Test
  void list_numbersAndNull_sameAsJackson() throws JsonProcessingException {
    double[] doubles = {0.0, -0.0, 4.0, -10.0, 3.4, 1e-5, 1.5e300, 59.91, Double.NaN,
        Double.POSITIVE_INFINITY};
    for (double d : doubles) {
      List<Object> values = new ArrayList<>();
      values.add(d);
      values.add(Long.MIN_VALUE);
      values.add(-3);
      values.add(null);
      values.add("x");
      assertEquals(JACKSON.writeValueAsString(values), JsonText.list(8).item(d)
          .item(Long.MIN_VALUE).item(-3).item((String) null).item("x").end());
    }
    assertEquals("[]", JsonText.list(2).end());
  }

  @Test
  void array_publishers_sameAsJackson() throws JsonProcessingException {
    TreeSet<String> publishers = new TreeSet<>(List.of("Wire", "Le \"Monde\"", "Über"));
    assertEquals(JACKSON.writeValueAsString(publishers), JsonText.array(publishers));
    assertEquals("[]", JsonText.array(List.of()));
  }

  @Test
  void shown_everyOptionalField_isTheVersion2ObjectAsAnArray() throws JsonProcessingException {
    Event plain = StoreFixtures.expel("a1", 1, "2024-03-08");
    Event full = StoreFixtures.withPlace(StoreFixtures.withCause(plain, "a1#2"));
    Event undated = StoreFixtures.event("a2", 3, "USA", "CHN", StoreFixtures.MEET,
        Optional.empty());
    Event quoted = new Event("a\"3", "a\"3#1", new ActorRef("FRA", "Paris\n\"said\"", 1, 2,
        "fra"), plain.target(), plain.code(), plain.date(), plain.mode(), 0, "t\\w", 1, 2,
        "tab\there", "p", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of("Reuters\u0001"));
    for (Event e : List.of(plain, full, undated, quoted)) {
      for (Optional<Long> cause : List.of(Optional.<Long>empty(), Optional.of(42L))) {
        for (String url : List.of("", "http://example.org/a?b=\"c\"")) {
          Map<String, Object> object = shownMap(e, cause, url);
          List<Object> array = new ArrayList<>();
          EventRows.SHOWN.forEach(k -> array.add(object.get(k)));
          assertEquals(JACKSON.writeValueAsString(array), EventRows.shown(e, cause, url));
          Map<String, Object> read = new LinkedHashMap<>();
          EventRows.putShown(read, EventRows.shown(e, cause, url));
          Map<String, Object> readObject = new LinkedHashMap<>();
          EventRows.putShown(readObject, shownObject(e, cause, url));
          assertEquals(readObject, read);
        }
      }
    }
  }

  /** The {@code shown} object that schema version 2 wrote. */
  static String shownObject(Event e, Optional<Long> cause, String url) {
    try {
      return JACKSON.writeValueAsString(shownMap(e, cause, url));
    } catch (JsonProcessingException x) {
      throw new AssertionError(x);
    }
  }

  /** The map the shown column was written from before JsonText, in its key order. */
  private static Map<String, Object> shownMap(Event e, Optional<Long> cause, String url) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", e.source().code());
    m.put("target", e.target().code());
    m.put("code", e.code().code());
    m.put("code_name", e.code().name());
    m.put("goldstein", e.code().goldstein());
    m.put("quad", e.code().quad());
    m.put("plover", e.code().plover());
    m.put("mode", e.mode().label());
    e.date().ifPresent(d -> m.put("date_precision",
        d.precision().name().toLowerCase(Locale.ROOT)));
    m.put("first_article", e.doc());
    m.put("first_mention", e.id());
    m.put("source_text", e.source().text());
    m.put("source_begin", e.source().begin());
    m.put("source_end", e.source().end());
    m.put("source_entry", e.source().entry());
    m.put("target_text", e.target().text());
    m.put("target_begin", e.target().begin());
    m.put("target_end", e.target().end());
    m.put("target_entry", e.target().entry());
    e.date().ifPresent(d -> m.put("date_source", d.source()));
    m.put("sentence", e.sentence());
    m.put("trigger_word", e.trigger());
    m.put("trigger_begin", e.triggerBegin());
    m.put("trigger_end", e.triggerEnd());
    m.put("evidence", e.evidence());
    m.put("pattern", e.pattern());
    cause.ifPresent(c -> m.put("cause_event", c));
    e.count().ifPresent(n -> m.put("stated_count", n));
    e.attribution().ifPresent(a -> m.put("attribution", a));
    if (!url.isEmpty()) {
      m.put("url", url);
    }
    return m;
  }
}
