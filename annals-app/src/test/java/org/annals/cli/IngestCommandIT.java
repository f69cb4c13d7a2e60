package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.ingest.BadRecord;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.annals.store.StoreStats;
import org.annals.store.StoredEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals ingest} and {@code annals export} end to end with the real CoreNLP models. */
class IngestCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String EXPEL = "Norway expelled two Russian diplomats on Friday.";

  @TempDir Path dir;

  static String article(String id, String date, String text) {
    return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"url\":\"http://example.org/" + id
        + "\",\"text\":\"" + text + "\"}";
  }

  private Path input() throws IOException {
    return Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
        article("a1", "2024-03-10", EXPEL + " Moscow condemned the decision."),
        "{\"id\": broken",
        article("a2", "2024-03-10", "Oslo said on Sunday that " + EXPEL),
        "{\"id\":\"a3\",\"date\":\"2024-03-10\",\"text\":\"\"}",
        article("a4", "2024-03-11", "The weather was mild and the markets were calm.")) + "\n");
  }

  @Test
  void ingest_sameFileTwice_storesEachHappeningOnceWithItsMentions() throws IOException {
    Path db = dir.resolve("annals.duckdb");
    CliRun first = CliRun.of("ingest", "-q", "--db", db.toString(), input().toString());
    assertEquals(1, first.code(), first.err());
    assertTrue(first.err().contains("in.jsonl:2"), first.err());
    assertTrue(first.err().contains("3 articles stored"), first.err());
    StoreStats before;
    List<StoredEvent> events;
    try (EventStore store = EventStores.duckDbReadOnly(db)) {
      before = store.stats();
      events = all(store);
      StoredEvent expel = events.stream().filter(e -> e.event().code().code().equals("174"))
          .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
      assertEquals(2, expel.mentions(), "reported by a1 and a2");
      assertEquals(2, expel.articles());
      assertEquals("2024-03-08", expel.event().date().orElseThrow().text());
      assertEquals(Set.of("a1", "a2"), Set.copyOf(store.event(expel.id()).orElseThrow()
          .mentions().stream().map(m -> m.article().id()).toList()));
      List<BadRecord> bad = store.quarantined();
      assertEquals(2, bad.stream().filter(BadRecord::skipped).count(), bad.toString());
      assertTrue(bad.stream().anyMatch(b -> b.line() == 2 && b.reason().startsWith("broken")));
    }
    CliRun second = CliRun.of("ingest", "-q", "--db", db.toString(), input().toString());
    assertEquals(1, second.code(), second.err());
    assertTrue(second.err().contains("0 articles stored, 3 already stored"), second.err());
    try (EventStore store = EventStores.duckDbReadOnly(db)) {
      assertEquals(before, store.stats());
      assertEquals(ids(events), ids(all(store)));
    }
  }

  @Test
  void export_formats_writeTheStoredEvents() throws IOException {
    Path db = dir.resolve("annals.duckdb");
    assertEquals(1, CliRun.of("ingest", "-q", "--db", db.toString(), input().toString()).code());
    CliRun jsonl = CliRun.of("export", "--db", db.toString(), "--root", "17");
    assertEquals(0, jsonl.code(), jsonl.err());
    List<JsonNode> lines = new ArrayList<>();
    for (String l : jsonl.out().split("\n")) {
      lines.add(JSON.readTree(l));
    }
    assertEquals(1, lines.size(), jsonl.out());
    assertEquals("174", lines.get(0).get("code").asText());
    assertEquals("a1", lines.get(0).get("doc").asText());
    CliRun gdelt = CliRun.of("export", "--db", db.toString(), "-f", "gdelt", "--actor", "NOR",
        "--from", "2024-03-01", "--to", "2024-03-31");
    assertEquals(0, gdelt.code(), gdelt.err());
    String row = gdelt.out().lines().filter(l -> l.contains("\t174\t")).findFirst().orElseThrow();
    assertEquals(61, row.split("\t", -1).length);
    String[] cols = row.split("\t", -1);
    var names = org.annals.format.EventWriters.gdeltColumns();
    assertEquals("2", cols[names.indexOf("NumMentions")], "a1 and a2 report the expulsion");
    assertEquals("2", cols[names.indexOf("NumArticles")]);
    assertTrue(row.endsWith("http://example.org/a1"), row);
    CliRun csv = CliRun.of("export", "--db", db.toString(), "-f", "csv", "--root", "17");
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().startsWith("id,event_date,"), csv.out());
    Path parquet = dir.resolve("events.parquet");
    CliRun pq = CliRun.of("export", "--db", db.toString(), "-f", "parquet", "-o",
        parquet.toString());
    assertEquals(0, pq.code(), pq.err());
    assertTrue(Files.size(parquet) > 0);
    assertEquals(2, CliRun.of("export", "--db", db.toString(), "-f", "parquet").code());
    assertEquals(2, CliRun.of("export", "--db", db.toString(), "-f", "xml").code());
    assertEquals(3, CliRun.of("export", "--db", dir.resolve("none.duckdb").toString()).code());
  }

  @Test
  void ingest_postgres_storesAndExportsTheSameWay() throws IOException, SQLException {
    String url = System.getenv("ANNALS_TEST_PG_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(), "ANNALS_TEST_PG_URL is not set");
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      assertEquals(1, CliRun.of("ingest", "-q", "--db", db, input().toString()).code());
      CliRun again = CliRun.of("ingest", "-q", "--db", db, input().toString());
      assertTrue(again.err().contains("0 articles stored, 3 already stored"), again.err());
      try (EventStore store = EventStores.postgres(db)) {
        StoredEvent expel = all(store).stream()
            .filter(e -> e.event().code().code().equals("174")).findFirst().orElseThrow();
        assertEquals(2, expel.mentions());
      }
      CliRun csv = CliRun.of("export", "--db", db, "-f", "csv", "--root", "17");
      assertEquals(0, csv.code(), csv.err());
      assertEquals(2, csv.out().lines().count(), csv.out());
    } finally {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  static List<StoredEvent> all(EventStore store) {
    List<StoredEvent> out = new ArrayList<>();
    store.forEach(EventQuery.all(), out::add);
    return out;
  }

  static Set<String> ids(List<StoredEvent> events) {
    Set<String> out = new HashSet<>();
    events.forEach(e -> out.add(e.id() + "x" + e.mentions()));
    return out;
  }
}
