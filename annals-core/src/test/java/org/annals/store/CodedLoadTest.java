package org.annals.store;

import static org.annals.store.StoreFixtures.CRITICIZE;
import static org.annals.store.StoreFixtures.EXPEL;
import static org.annals.store.StoreFixtures.MEET;
import static org.annals.store.StoreFixtures.coded;
import static org.annals.store.StoreFixtures.codedBy;
import static org.annals.store.StoreFixtures.day;
import static org.annals.store.StoreFixtures.event;
import static org.annals.store.StoreFixtures.expel;
import static org.annals.store.StoreFixtures.month;
import static org.annals.store.StoreFixtures.withCause;
import static org.annals.store.StoreFixtures.withPlace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.CodedArticle;
import org.annals.events.ActorRef;
import org.annals.events.Event;
import org.annals.events.Mode;
import org.annals.format.EventWriter;
import org.annals.format.EventWriters;
import org.annals.ingest.Article;
import org.annals.ingest.BadRecord;
import org.annals.nlp.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EventStore#loadCoded} on DuckDB files: the coded JSON lines of articles load into the
 * rows that saving the same coded articles writes.
 */
class CodedLoadTest {
  @TempDir Path dir;

  /** The first articles: repeats within and across them, causes, places, odd text. */
  private static List<CodedArticle> first() {
    Event odd = new Event("a1", "a1#3", new ActorRef("IGOUNO", "the \"UN\"", 0, 6, ""),
        new ActorRef("NGO", "aid\\groups\nthere", 7, 9, "ngo"), CRITICIZE,
        Optional.of(month("2024-02")), Mode.NEGATED, 2, "slammed", 30, 37,
        "Tab\there, a bell \u0007, é and 😀 \u2028 end.", "p111", Optional.of("a1#1"),
        Optional.empty(), Optional.of(12), Optional.of("Reuters"));
    return List.of(
        coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08"),
            withCause(event("a1", 2, "RUSGOV", "NORGOV", EXPEL, Optional.of(day("2024-03-09"))),
                "a1#1"),
            odd, withCause(event("a1", 4, "USA", "CHN", MEET, Optional.empty()), "a1#9")),
        codedBy("a2", "Zeitung", withPlace(expel("a2", 1, "2024-03-08")),
            event("a2", 2, "NOR", "RUS", MEET, Optional.of(day("2024-03-08")))),
        undated("a3", expel("a3", 1, "2024-03-08"), withPlace(event("a3", 2, "NOR", "RUS", MEET,
            Optional.of(day("2024-03-08"))))));
  }

  /** Later articles: they mention happenings of the first ones again. */
  private static List<CodedArticle> later() {
    return List.of(
        codedBy("b1", "Ärzteblatt", expel("b1", 1, "2024-03-08"),
            withPlace(withCause(event("b1", 2, "RUSGOV", "NORGOV", EXPEL,
                Optional.of(day("2024-03-09"))), "b1#1"))),
        codedBy("b2", "", event("b2", 1, "USA", "CHN", MEET, Optional.empty()),
            event("b2", 2, "NOR", "RUS", MEET, Optional.of(day("2024-03-08")))));
  }

  /** An article without publication date, publisher, title or url. */
  private static CodedArticle undated(String id, Event... events) {
    Article a = new Article(id, Optional.empty(), "", "", "Text of " + id + ".", Map.of());
    return new CodedArticle(new ParsedArticle(a, a.text(), List.of()), List.of(events), Map.of());
  }

  @Test
  void loadCoded_articlesSavedBeforeThroughStoreWriter_storesTheSameRows() throws Exception {
    Path saved = dir.resolve("saved.duckdb");
    try (EventStore store = EventStores.duckDb(saved);
        StoreWriter w = new StoreWriter(store, 500_000, r -> {})) {
      w.submit(first());
      w.flush();
      w.submit(later());
    }
    Path loaded = dir.resolve("loaded.duckdb");
    try (EventStore store = EventStores.duckDb(loaded)) {
      CodedLoad r = store.loadCoded(write("first.jsonl", first()));
      assertEquals(new CodedLoad(3, 0, 8, 5, List.of()), r);
      store.loadCoded(write("later.jsonl", later())); // adds to events stored by the first
    }
    Path mixed = dir.resolve("mixed.duckdb");
    try (EventStore store = EventStores.duckDb(mixed)) {
      store.saveAll(first());
      store.loadCoded(write("later.jsonl", later())); // adds to events that saveAll stored
    }

    Map<String, List<String>> expected = tables(saved);
    assertTrue(expected.get("events").stream().anyMatch(e -> e.contains("mention_count=4 ")
        && e.contains("publishers=[\"\",\"Wire\",\"Zeitung\",\"Ärzteblatt\"]")),
        "a happening of four articles of four publishers: " + expected.get("events"));
    assertEquals(expected, tables(loaded));
    assertEquals(expected, tables(mixed));
  }

  @Test
  void loadCoded_sameFileTwice_addsNothing() throws IOException {
    Path file = write("first.jsonl", first());
    try (EventStore store = EventStores.duckDb(dir.resolve("twice.duckdb"))) {
      store.loadCoded(file);
      StoreStats once = store.stats();

      CodedLoad again = store.loadCoded(file);

      assertEquals(new CodedLoad(0, 3, 0, 0, List.of()), again);
      assertEquals(once, store.stats());
    }
  }

  @Test
  void loadCoded_badLines_quarantinesThemWithTheirLineNumbersAndLoadsTheRest()
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(write("good.jsonl", first())));
    lines.set(1, lines.get(1).replace("\"2024-03-09\"", "\"2024-02-30\""));
    lines.add(2, ""); // a blank line counts, and is no error
    lines.add(4, "{\"doc\": \"a1\", broken");
    lines.set(6, lines.get(6).replace("\"evidence\":", "\"proof\":"));
    Path file = dir.resolve("it's bad.jsonl"); // a quote: the name is a bind parameter
    Files.write(file, lines);

    try (EventStore store = EventStores.duckDb(dir.resolve("bad.duckdb"))) {
      CodedLoad r = store.loadCoded(file);

      List<BadRecord> bad = List.of(
          new BadRecord(file.toString(), 2, "bad date: 2024-02-30", true),
          new BadRecord(file.toString(), 5, "broken JSON", true),
          new BadRecord(file.toString(), 7, "missing or invalid field: evidence", true));
      assertEquals(bad, r.quarantined());
      assertEquals(bad, store.quarantined());
      assertEquals(3, r.articles());
      assertEquals(6, r.mentions());
      assertEquals(6, store.stats().mentions());
    }
  }

  @Test
  void loadCoded_eventIds_areThoseOfEventKeys() throws Exception {
    Path db = dir.resolve("ids.duckdb");
    try (EventStore store = EventStores.duckDb(db)) {
      store.loadCoded(write("first.jsonl", first()));
    }
    Map<String, Long> expected = new HashMap<>();
    for (CodedArticle c : first()) {
      for (Event e : c.events()) {
        expected.put(e.id(), EventKeys.id(e));
      }
    }
    Map<String, Long> stored = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT mention_id, event_id FROM mentions")) {
      while (rs.next()) {
        stored.put(rs.getString(1), rs.getLong(2));
      }
    }
    assertEquals(expected, stored);
  }

  @Test
  void loadCoded_articleStoredWithAnotherText_keepsTheStoredOneAndQuarantinesIt()
      throws IOException {
    try (EventStore store = EventStores.duckDb(dir.resolve("changed.duckdb"))) {
      store.save(coded("a1", "2024-03-10", "Another text.", expel("a1", 1, "2024-03-08")));

      CodedLoad r = store.loadCoded(write("first.jsonl", first()));

      assertEquals(1, r.alreadyStored());
      assertEquals(1, r.quarantined().size());
      assertEquals(1, r.quarantined().get(0).line());
      assertTrue(r.quarantined().get(0).reason().contains("article a1 already stored with"
          + " another text"), r.quarantined().toString());
      assertEquals(1, store.article("a1").orElseThrow().events());
    }
  }

  @Test
  void loadCoded_linesWithoutArticleFields_storeAnEmptyHashThatCheckTakesForTheSameText()
      throws IOException {
    Path file = dir.resolve("plain.jsonl");
    CodedArticle a = coded("p1", "2024-03-10", expel("p1", 1, "2024-03-08"));
    try (EventWriter w = EventWriters.jsonLines(Files.newBufferedWriter(file))) {
      w.writeAll(a.events()); // as `annals code` wrote them before the article fields
    }
    try (EventStore store = EventStores.duckDb(dir.resolve("plain.duckdb"))) {
      CodedLoad r = store.loadCoded(file);

      assertEquals(1, r.articles());
      StoredArticle stored = store.article("p1").orElseThrow();
      assertEquals("", stored.hash());
      assertFalse(stored.published().isPresent());
      assertEquals(ArticleState.STORED,
          store.check(List.of(a.parsed().article())).get("p1"));
    }
  }

  @Test
  void writeArticle_hash_isTheHashTheStoreRecords() throws IOException {
    CodedArticle a = coded("h1", "2024-03-10", "Text é.", expel("h1", 1, "2024-03-08"));
    try (EventStore store = EventStores.duckDb(dir.resolve("hash.duckdb"))) {
      store.save(a);

      assertEquals(a.parsed().article().textHash(), store.article("h1").orElseThrow().hash());
    }
  }

  private Path write(String name, List<CodedArticle> articles) throws IOException {
    Path file = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file);
        EventWriter w = EventWriters.jsonLines(out)) {
      for (CodedArticle c : articles) {
        w.writeArticle(c.parsed().article(), c.events());
      }
    }
    return file;
  }

  /** The rows of every table but the quarantine, sorted, the ingest time left out. */
  private static Map<String, List<String>> tables(Path db) throws SQLException {
    Map<String, String> queries = Map.of(
        "articles", "SELECT * EXCLUDE (ingested_at) FROM articles",
        "events", "SELECT * FROM events",
        "mentions", "SELECT * FROM mentions",
        "actors", "SELECT * FROM actors");
    Map<String, List<String>> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      for (Map.Entry<String, String> q : queries.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(q.getValue() + " ORDER BY ALL")) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              row.append(rs.getMetaData().getColumnName(i)).append('=')
                  .append(rs.getString(i)).append(' ');
            }
            rows.add(row.toString());
          }
        }
        out.put(q.getKey(), rows);
      }
    }
    return out;
  }
}
