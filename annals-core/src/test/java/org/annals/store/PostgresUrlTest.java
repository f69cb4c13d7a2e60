package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What the PostgreSQL store does without a server: URLs and CSV quoting. */
class PostgresUrlTest {
  @Test
  void dataSource_libpqUrl_becomesJdbc() {
    var ds = PostgresEventStore.dataSource("postgresql://ann%40x:p%3Ass@db.example:6543/events");
    assertEquals("ann@x", ds.getUser());
    assertEquals("p:ss", ds.getPassword());
    assertEquals("events", ds.getDatabaseName());
    assertEquals(6543, ds.getPortNumbers()[0]);
  }

  @Test
  void dataSource_jdbcUrl_keepsItsProperties() {
    var ds = PostgresEventStore.dataSource(
        "jdbc:postgresql://127.0.0.1:55432/annals?user=annals&password=secret");
    assertEquals("annals", ds.getUser());
    assertEquals("secret", ds.getPassword());
  }

  @Test
  void dataSource_brokenUrl_isAStoreException() {
    assertThrows(StoreException.class, () -> PostgresEventStore.dataSource("postgresql://a b"));
  }

  @Test
  void csv_quotesOnlyWhatNeedsIt() {
    assertEquals("plain", PostgresEventStore.csv("plain"));
    assertEquals("\"a, \"\"b\"\"\"", PostgresEventStore.csv("a, \"b\""));
    assertEquals("\"two\nlines\"", PostgresEventStore.csv("two\nlines"));
  }
}
