package org.annals.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.eval.SystemEvent;
import org.annals.events.ActorRef;
import org.annals.events.CameoCode;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Mode;
import org.annals.events.Place;
import org.annals.ingest.Article;
import org.junit.jupiter.api.Test;

class EventWritersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void jsonl_fullEvent_writesAllKeysInStableOrder() throws IOException {
    JsonNode o = MAPPER.readTree(write("jsonl", event("1623", "REJECT", /* full= */ true)));

    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "doc",
            "id",
            "source",
            "target",
            "source_text",
            "target_text",
            "source_begin",
            "source_end",
            "target_begin",
            "target_end",
            "code",
            "root",
            "quad",
            "quad_class",
            "goldstein",
            "plover",
            "date",
            "date_precision",
            "date_source",
            "mode",
            "sentence",
            "trigger",
            "trigger_begin",
            "trigger_end",
            "evidence",
            "pattern",
            "cause",
            "place",
            "count",
            "attribution"),
        keys);
    assertEquals("16", o.get("root").asText());
    assertEquals(4, o.get("quad").asInt());
    assertEquals("material_conflict", o.get("quad_class").asText());
    assertEquals("2030-02", o.get("date").asText());
    assertEquals("month", o.get("date_precision").asText());
    assertEquals("RUR", o.path("place").path("country").asText());
  }

  @Test
  void jsonl_minimalEvent_omitsAbsentOptionalKeysAndNullsDate() throws IOException {
    JsonNode o = MAPPER.readTree(write("jsonl", event("042", "CONSULT", /* full= */ false)));

    assertFalse(o.has("cause"));
    assertFalse(o.has("place"));
    assertTrue(o.get("date").isNull());
  }

  @Test
  void jsonl_output_readsBackAsSystemEvent() throws IOException {
    Event e = event("1623", "REJECT", /* full= */ true);

    SystemEvent s = SystemEvent.fromJson(MAPPER.readTree(write("jsonl", e)));

    assertEquals(SystemEvent.of(e), s);
  }

  @Test
  void gdelt_event_writesSixtyOneColumnsInGdeltPositions() throws IOException {
    String line = write("gdelt", event("1623", "REJECT", /* full= */ true)).stripTrailing();

    String[] cols = line.split("\t", -1);
    List<String> names = EventWriters.gdeltColumns();
    assertEquals(61, names.size());
    assertEquals(61, cols.length);
    assertEquals("EventCode", names.get(26));
    assertEquals("QuadClass", names.get(29));
    assertEquals("GoldsteinScale", names.get(30));
    assertEquals("ActionGeo_Type", names.get(51));
    assertEquals("SOURCEURL", names.get(60));
    assertEquals("1623", cols[26]);
    assertEquals("162", cols[27]);
    assertEquals("16", cols[28]);
    assertEquals("4", cols[29]);
    assertEquals("-4.0", cols[30]);
    assertEquals("20300201", cols[1]);
    assertEquals("203002", cols[2]);
    assertEquals("2030", cols[3]);
    assertEquals("2030.0877", cols[4]);
    assertEquals("RURGOV", cols[5]);
    assertEquals("THE RURITANIAN GOVERNMENT", cols[6]);
    assertEquals("RUR", cols[7]);
    assertEquals("GOV", cols[12]);
    assertEquals("IGOWSTNAT", cols[15]);
    assertEquals("NAT", cols[18]);
    assertEquals("IGO", cols[22]);
    assertEquals("1", cols[25]);
    assertEquals("4", cols[51]);
    assertEquals("Strelsau", cols[52]);
    assertEquals("20300301120000", cols[59]);
    assertEquals("https://example.org/a", cols[60]);
  }

  @Test
  void gdelt_twoDigitCodeWithoutDate_padsCodeAndLeavesDatesEmpty() throws IOException {
    Event e = event("16", "REJECT", /* full= */ false);
    String[] cols = write("gdelt", e).stripTrailing().split("\t", -1);

    assertEquals(61, cols.length);
    assertEquals("160", cols[26]);
    assertEquals("", cols[1]);
    assertEquals("doc-9", cols[60]);
    assertTrue(Long.parseLong(cols[0]) > 0);
    assertEquals(GdeltEventWriter.globalEventId("doc-9#2"), Long.parseLong(cols[0]));
  }

  @Test
  void gdelt_reportCounts_fillNumMentionsSourcesAndArticles() throws IOException {
    Event e = event("1623", "REJECT", /* full= */ true);
    StringWriter out = new StringWriter();
    WriterOptions options =
        WriterOptions.defaults()
            .withCounts(
                id -> id.equals(e.id()) ? Optional.of(new ReportCounts(7, 2, 3)) : Optional.empty());
    try (EventWriter w = EventWriters.forName("gdelt", out, options)) {
      w.write(e);
    }
    String[] cols = out.toString().stripTrailing().split("\t", -1);

    List<String> names = EventWriters.gdeltColumns();
    assertEquals("7", cols[names.indexOf("NumMentions")]);
    assertEquals("2", cols[names.indexOf("NumSources")]);
    assertEquals("3", cols[names.indexOf("NumArticles")]);
  }

  @Test
  void gdelt_noReportCounts_writesOnes() throws IOException {
    String[] cols = write("gdelt", event("1623", "REJECT", true)).stripTrailing().split("\t", -1);

    List<String> names = EventWriters.gdeltColumns();
    assertEquals("1", cols[names.indexOf("NumMentions")]);
    assertEquals("1", cols[names.indexOf("NumSources")]);
    assertEquals("1", cols[names.indexOf("NumArticles")]);
  }

  @Test
  void gdeltActor_countryWithRoleAndGroup_splitsParts() {
    List<String> cols = GdeltActor.columns(new ActorRef("AFGINSTAL", "the Taliban", 0, 3, "x"));

    assertEquals("AFG", cols.get(2));
    assertEquals("TAL", cols.get(3));
    assertEquals("INS", cols.get(7));
  }

  @Test
  void plover_codeWithoutType_writesNullEventType() throws IOException {
    JsonNode o = MAPPER.readTree(write("plover", event("042", "-", /* full= */ false)));

    assertTrue(o.get("event_type").isNull());
    assertEquals("042", o.get("cameo").asText());
    assertEquals("RURGOV", o.path("actors").path("source").path("code").asText());
    assertEquals("met", o.path("span").path("trigger").asText());
  }

  @Test
  void plover_codeWithType_writesType() throws IOException {
    JsonNode o = MAPPER.readTree(write("plover", event("1623", "REJECT", /* full= */ true)));

    assertEquals("REJECT", o.get("event_type").asText());
    assertEquals("2030-02", o.get("event_date").asText());
  }

  @Test
  void forName_unknownFormat_throwsListingKnownFormats() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EventWriters.forName("csv", new StringWriter()));

    assertTrue(e.getMessage().contains("jsonl, gdelt, plover"), e.getMessage());
  }

  @Test
  void jsonl_writeArticle_addsTheFieldsAStoreNeedsAfterTheEventKeys() throws IOException {
    StringWriter out = new StringWriter();
    Article a = new Article("doc-1", Optional.of(LocalDate.of(2030, 2, 3)), "Wire", "",
        "Some text.", java.util.Map.of("url", "https://example.org/a"));
    try (EventWriter w = EventWriters.jsonLines(out)) {
      w.writeArticle(a, List.of(event("1623", "REJECT", /* full= */ true)));
    }
    JsonNode o = MAPPER.readTree(out.toString());

    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("attribution", "code_name", "source_entry", "target_entry", "article"),
        keys.subList(keys.indexOf("attribution"), keys.size()));
    assertEquals("invented", o.get("code_name").asText());
    assertEquals("NATO", o.get("target_entry").asText());
    assertTrue(o.path("place").has("kind"));
    JsonNode article = o.get("article");
    assertEquals("2030-02-03", article.get("published").asText());
    assertEquals("Wire", article.get("publisher").asText());
    assertTrue(article.get("title").isNull());
    assertEquals("https://example.org/a", article.get("url").asText());
    assertEquals(a.textHash(), article.get("hash").asText());
    assertEquals(1, article.get("events").asInt());
  }

  private static String write(String format, Event e) throws IOException {
    StringWriter out = new StringWriter();
    WriterOptions options =
        WriterOptions.defaults()
            .withDateAdded(LocalDateTime.of(2030, 3, 1, 12, 0, 0))
            .withSourceUrls(
                doc ->
                    doc.equals("doc-1") ? Optional.of("https://example.org/a") : Optional.empty());
    try (EventWriter w = EventWriters.forName(format, out, options)) {
      w.write(e);
    }
    return out.toString();
  }

  private static Event event(String code, String plover, boolean full) {
    ActorRef source = new ActorRef("RURGOV", "the Ruritanian government", 0, 25, "RURITANIA");
    ActorRef target = new ActorRef("IGOWSTNAT", "the alliance", 40, 52, "NATO");
    CameoCode cameo = new CameoCode(code, "invented", -4.0, full ? 4 : 2, plover);
    if (!full) {
      return new Event(
          "doc-9",
          "doc-9#2",
          source,
          target,
          cameo,
          Optional.empty(),
          Mode.ASSERTED,
          3,
          "met",
          30,
          33,
          "They met.",
          "p-1",
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    EventDate date = new EventDate(LocalDate.of(2030, 2, 1), EventDate.Precision.MONTH, "relative");
    Place place = new Place("Strelsau", "RUR", "capital", 50.1, 14.4);
    return new Event(
        "doc-1",
        "doc-1#1",
        source,
        target,
        cameo,
        Optional.of(date),
        Mode.FUTURE,
        0,
        "recall",
        26,
        32,
        "The Ruritanian government will recall its envoy.",
        "p-7",
        Optional.of("doc-1#0"),
        Optional.of(place),
        Optional.of(2),
        Optional.of("Gazette"));
  }
}
