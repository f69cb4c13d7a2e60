package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals bench-store} on a small load: it runs and reports; its figures are not tested. */
class StoreBenchCommandTest {
  @TempDir Path dir;

  @Test
  @Tag("long-running") // loads 3,000 events and serves them: about 10 s
  void benchStore_smallLoadWithApi_reportsEveryRequestKind() {
    Path db = dir.resolve("bench.duckdb");
    CliRun run = CliRun.of("bench-store", "--events", "3000", "--batch", "50", "--db",
        db.toString(), "--api", "--requests", "2");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("loaded 3,000 events (mentions) of 300 articles"), run.out());
    for (String kind : new String[] {"/api/events?root=17", "/api/events?root=19&cursor=",
        "/api/events/{id}", "/api/aggregates?period=month&by=dyad", "/api/actors"}) {
      assertTrue(run.out().contains(kind), kind + " in\n" + run.out());
    }

    CliRun again = CliRun.of("bench-store", "--events", "0", "--db", db.toString(), "--api",
        "--requests", "1");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("serving"), again.out());
  }

  @Test
  void benchStore_coded_writesTheFileAndTimesItsBulkLoad() {
    CliRun run = CliRun.of("bench-store", "--coded", "--events", "2000", "--db",
        dir.resolve("coded.duckdb").toString());

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("wrote 2,000 events of 200 articles"), run.out());
    assertTrue(run.out().contains("loaded 2,000 events (mentions) of 200 articles"), run.out());
    assertTrue(run.out().contains("events/s"), run.out());
  }

  @Test
  void benchStore_noEventsWithoutDatabase_isAUsageError() {
    assertEquals(2, CliRun.of("bench-store", "--events", "0", "--api").code());
  }
}
