package org.annals.store;

import static org.annals.store.StoreFixtures.coded;
import static org.annals.store.StoreFixtures.codedBy;
import static org.annals.store.StoreFixtures.expel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a DuckDB file, and what is DuckDB's own. */
class DuckDbEventStoreTest extends EventStoreContract {
  @TempDir Path dir;

  @Override
  EventStore open() {
    return EventStores.duckDb(dir.resolve("annals.duckdb"));
  }

  @Override
  EventStore reopen() {
    return open();
  }

  @Test
  void duckDb_reopened_keepsEverythingAndSkipsStoredArticles() {
    store.save(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")));
    store.close();
    store = open();
    assertEquals(1, store.stats().events());
    assertEquals(0, store.save(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")))
        .articles());
  }

  @Test
  void duckDbReadOnly_readsAndRefusesWrites() {
    store.save(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")));
    store.close();
    try (EventStore ro = EventStores.duckDbReadOnly(dir.resolve("annals.duckdb"))) {
      assertEquals(1, ro.query(EventQuery.all()).items().size());
      StoreException e = assertThrows(StoreException.class,
          () -> ro.save(coded("a2", "2024-03-10")));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
    store = open();
  }

  @Test
  void duckDbReadOnly_missingFile_saysSo() {
    StoreException e = assertThrows(StoreException.class,
        () -> EventStores.duckDbReadOnly(dir.resolve("none.duckdb")));
    assertTrue(e.getMessage().contains("no database"), e.getMessage());
  }

  @Test
  void open_dbArguments_pickTheBackend() {
    assertTrue(EventStores.isPostgres("postgresql://u:p@localhost:5432/annals"));
    assertTrue(EventStores.isPostgres("jdbc:postgresql://localhost/annals"));
    try (EventStore mem = EventStores.open(":memory:")) {
      assertTrue(mem.describe().startsWith("duckdb:"), mem.describe());
    }
    try (EventStore f = EventStores.open("duckdb:" + dir.resolve("other.duckdb"))) {
      assertTrue(f.describe().endsWith("other.duckdb"), f.describe());
    }
  }

  @Test
  void eventsStoredBeforeVersion2_areReadFromMentionsAndKeepCounting() throws Exception {
    store.saveAll(List.of(codedBy("a1", "Wire", expel("a1", 1, "2024-03-08")),
        codedBy("a2", "Daily", expel("a2", 1, "2024-03-08"))));
    StoredEvent before = store.query(EventQuery.all()).items().get(0);
    store.close();
    // what version 2 left empty in a database that version 1 wrote
    sql("UPDATE events SET shown = NULL, source_count = NULL, publishers = NULL");
    store = open();
    assertEquals(List.of(before), store.query(EventQuery.all()).items());
    store.save(codedBy("a3", "Herald", expel("a3", 1, "2024-03-08")));
    assertEquals(3, store.query(EventQuery.all()).items().get(0).sources());
    store.close();
    assertEquals("3 [\"Daily\",\"Herald\",\"Wire\"]",
        sql("SELECT source_count || ' ' || publishers FROM events"));
    store = open();
  }

  /** Runs a statement on the closed store's file; returns the first column of the first row. */
  @Override
  String sql(String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("annals.duckdb"));
        Statement s = c.createStatement()) {
      if (!s.execute(statement)) {
        return "";
      }
      try (ResultSet rs = s.getResultSet()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  @Test
  void periodStart_weekStartsOnMondayAsDateTruncDoes() {
    assertEquals(java.time.LocalDate.of(2024, 3, 4),
        JdbcEventStore.periodStart(java.time.LocalDate.of(2024, 3, 10), Period.WEEK));
    assertEquals(java.time.LocalDate.of(2024, 3, 11), JdbcEventStore.plusPeriods(
        java.time.LocalDate.of(2024, 3, 4), Period.WEEK, 1));
    assertEquals(java.time.LocalDate.of(2024, 1, 1),
        JdbcEventStore.periodStart(java.time.LocalDate.of(2024, 3, 10), Period.YEAR));
  }

  @Test
  void migrations_listEveryScriptInTheResources() throws Exception {
    List<String> duckDb = new java.util.ArrayList<>(scripts("migration"));
    duckDb.addAll(scripts("migration-duckdb"));
    duckDb.sort(java.util.Comparator.comparingInt(Migrations::version));
    assertEquals(Migrations.SCRIPTS, duckDb);
    // each version that DuckDB has in a form of its own, PostgreSQL has in one of its own too
    assertEquals(scripts("migration-duckdb").stream().map(Migrations::version).toList(),
        scripts("migration-postgresql").stream().map(Migrations::version).toList());
    assertEquals(4, Migrations.latest());
  }

  /** The scripts of a folder under org/annals/store, as folder/file, in name order. */
  private static List<String> scripts(String folder) throws Exception {
    Path dir = Path.of(Migrations.class.getResource(folder).toURI());
    try (var files = java.nio.file.Files.list(dir)) {
      return files.map(p -> folder + "/" + p.getFileName()).sorted().toList();
    }
  }

  @Test
  void version3Database_migratesToVersion4WithItsRows() throws Exception {
    store.close();
    Path old = dir.resolve("v3.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old)) {
      Migrations.apply(c, Migrations.SCRIPTS.subList(0, 3));
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO articles VALUES ('a1', 'h', DATE '2024-03-10', 'Wire', 'T', NULL,"
            + " 1, TIMESTAMP '2024-03-10 12:00:00')");
        s.execute("INSERT INTO events (id, source, target, source_country, target_country, code,"
            + " code_name, root, quad, goldstein, plover, mode, event_date, date_precision,"
            + " mention_count, article_count, first_article, first_mention, source_count,"
            + " publishers) VALUES (7, 'NOR', 'RUSGOV', 'NOR', 'RUS', '174', 'Expel', '17', 4,"
            + " -5.0, 'COERCE', 'asserted', DATE '2024-03-08', 'day', 1, 1, 'a1', 'a1#1', 1,"
            + " '[\"Wire\"]')");
        s.execute("INSERT INTO mentions (event_id, article_id, mention_id, source, source_text,"
            + " source_begin, source_end, source_entry, target, target_text, target_begin,"
            + " target_end, target_entry, sentence, trigger_word, trigger_begin, trigger_end,"
            + " evidence, pattern) VALUES (7, 'a1', 'a1#1', 'NOR', 'Norway', 0, 6, 'Norway',"
            + " 'RUSGOV', 'Russian diplomats', 16, 33, 'Russian', 1, 'expelled', 7, 15,"
            + " 'Norway expelled Russian diplomats.', 'expel.v')");
      }
    }
    try (EventStore migrated = EventStores.duckDb(old)) {
      List<StoredEvent> events = migrated.query(EventQuery.all()).items();
      assertEquals(1, events.size());
      assertEquals("174", events.get(0).event().code().code());
      EventDetail detail = migrated.event(7).orElseThrow();
      assertEquals("Norway expelled Russian diplomats.",
          detail.mentions().get(0).event().evidence());
    }
    store = open();
  }

  @Test
  void version4_compressesTheEvidenceWithZstdAndKeepsTheRows() throws Exception {
    store.save(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")));
    store.close();
    String events = sql("SELECT sql FROM duckdb_tables() WHERE table_name = 'events'");
    assertTrue(!events.contains("COMPRESSION"), events);
    String mentions = sql("SELECT sql FROM duckdb_tables() WHERE table_name = 'mentions'");
    assertTrue(mentions.contains("evidence VARCHAR USING COMPRESSION ZSTD"), mentions);
    assertEquals("mentions_article mentions_event", sql("SELECT string_agg(index_name, ' '"
        + " ORDER BY index_name) FROM duckdb_indexes()"));
    store = open();
    assertEquals(1, store.stats().mentions());
  }
}
