package org.annals.store;

import static org.annals.store.StoreFixtures.coded;
import static org.annals.store.StoreFixtures.expel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
  void migrations_listEveryScriptInTheResources() throws Exception {
    Path scripts = Path.of(Migrations.class.getResource("migration").toURI());
    try (var files = java.nio.file.Files.list(scripts)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(Migrations.SCRIPTS, names);
    }
    assertEquals(1, Migrations.latest());
  }
}
