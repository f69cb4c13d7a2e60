package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals ingest --coded}: coded JSON lines loaded without models. */
class IngestCodedTest {
  @TempDir Path dir;

  /** A coded line of article {@code doc}, as `annals code` writes it, with its article fields. */
  private static String line(String doc, int n, String date) {
    return "{\"doc\":\"" + doc + "\",\"id\":\"" + doc + "#" + n + "\",\"source\":\"NORGOV\","
        + "\"target\":\"RUSGOV\",\"source_text\":\"Norway\",\"target_text\":\"Russia\","
        + "\"source_begin\":0,\"source_end\":6,\"target_begin\":16,\"target_end\":22,"
        + "\"code\":\"174\",\"root\":\"17\",\"quad\":4,\"quad_class\":\"material_conflict\","
        + "\"goldstein\":-5.0,\"plover\":\"COERCE\",\"date\":\"" + date + "\","
        + "\"date_precision\":\"day\",\"date_source\":\"explicit\",\"mode\":\"asserted\","
        + "\"sentence\":0,\"trigger\":\"expelled\",\"trigger_begin\":7,\"trigger_end\":15,"
        + "\"evidence\":\"Norway expelled Russian diplomats.\",\"pattern\":\"expel.v.1\","
        + "\"code_name\":\"Expel or deport individuals\",\"source_entry\":\"NORWAY\","
        + "\"target_entry\":\"RUSSIA\",\"article\":{\"published\":\"2024-03-10\","
        + "\"publisher\":\"Wire\",\"title\":\"Expulsions\",\"url\":null,\"hash\":\"ab\","
        + "\"events\":1}}";
  }

  @Test
  void ingestCoded_twice_storesOnceAndSkipsTheSecondTime() throws IOException {
    Path file = dir.resolve("coded.jsonl");
    Files.write(file, List.of(line("a1", 1, "2024-03-08"), line("a2", 1, "2024-03-08")));
    String db = dir.resolve("a.duckdb").toString();

    CliRun first = CliRun.of("ingest", "--coded", "--db", db, file.toString());
    CliRun second = CliRun.of("ingest", "--coded", "--db", db, file.toString());

    assertEquals(0, first.code(), first.err());
    assertTrue(first.err().contains("2 articles stored, 0 already stored; 2 events stored, 1 new"),
        first.err());
    assertTrue(first.err().contains("2 articles, 1 events, 2 mentions"), first.err());
    assertEquals(0, second.code(), second.err());
    assertTrue(second.err().contains("0 articles stored, 2 already stored"), second.err());
  }

  @Test
  void ingestCoded_brokenLine_reportsItsLineAndLoadsTheRest() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.write(file, List.of(line("a1", 1, "2024-03-08"), "{\"doc\":", "",
        line("a2", 1, "2024-13-08"), line("a3", 1, "2024-03-09")));

    CliRun run = CliRun.of("ingest", "--coded", "--db", dir.resolve("b.duckdb").toString(),
        file.toString());

    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(file + ":2: broken JSON"), run.err());
    assertTrue(run.err().contains(file + ":4: bad date: 2024-13-08"), run.err());
    assertTrue(run.err().contains("2 articles stored"), run.err());
  }

  @Test
  void ingestCoded_postgres_isAUsageErrorThatSaysWhy() {
    CliRun run = CliRun.of("ingest", "--coded", "--db", "postgresql://localhost:1/none",
        dir.resolve("x.jsonl").toString());

    assertEquals(2, run.code());
    assertTrue(run.err().contains("DuckDB file only"), run.err());
  }
}
