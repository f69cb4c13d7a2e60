package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.annals.api.ApiFixtures;
import org.annals.events.Event;
import org.annals.format.EventWriters;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals export} over a DuckDB file made by the store API: no CoreNLP models. */
class ExportCommandTest {
  private static final String TEXT = "Norway expelled two Russian diplomats on Friday.";

  @TempDir Path dir;

  @Test
  void export_gdelt_writesStoredMentionSourceAndArticleCounts() {
    Path db = dir.resolve("counts.duckdb");
    try (EventStore store = EventStores.duckDb(db)) {
      // one expulsion reported three times: twice by the Wire (once twice in one story)
      store.saveAll(List.of(
          ApiFixtures.article("w1", "Wire", "2024-03-10", TEXT, expel("w1", 1), expel("w1", 2)),
          ApiFixtures.article("w2", "Wire", "2024-03-11", TEXT, expel("w2", 1)),
          ApiFixtures.article("p1", "Post", "2024-03-11", TEXT, expel("p1", 1))));
    }

    CliRun run = CliRun.of("export", "-q", "--db", db.toString(), "-f", "gdelt");

    assertEquals(0, run.code(), run.err());
    List<String> rows = run.out().lines().toList();
    assertEquals(1, rows.size(), run.out());
    String[] cols = rows.get(0).split("\t", -1);
    List<String> names = EventWriters.gdeltColumns();
    assertEquals("4", cols[names.indexOf("NumMentions")]);
    assertEquals("2", cols[names.indexOf("NumSources")]);
    assertEquals("3", cols[names.indexOf("NumArticles")]);
    assertEquals("http://example.org/w1", cols[names.indexOf("SOURCEURL")]);
  }

  private static Event expel(String doc, int n) {
    return ApiFixtures.event(doc, n, "NOR", "Norway", "RUSGOV", "Russian diplomats",
        ApiFixtures.EXPEL, "2024-03-08", "expelled", TEXT);
  }
}
