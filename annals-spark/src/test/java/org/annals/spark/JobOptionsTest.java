package org.annals.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void parse_inputsAndOutput_splitsWarcFromJsonLines() {
    JobOptions o = JobOptions.parse("--format", "GDELT", "--profile", "fast", "news.jsonl",
        "crawl/*.warc.gz", "old.warc", "out");

    assertEquals(List.of("news.jsonl"), o.jsonInputs());
    assertEquals(List.of("crawl/*.warc.gz", "old.warc"), o.warcInputs());
    assertEquals("out", o.output());
    assertEquals("gdelt", o.format());
    assertEquals(new CoderSettings(/* accurate= */ false), o.settings());
  }

  @Test
  void parse_defaults_parquetAndAccurate() {
    JobOptions o = JobOptions.parse("in.jsonl", "out");

    assertEquals("parquet", o.format());
    assertEquals(new CoderSettings(/* accurate= */ true), o.settings());
  }

  @Test
  void parse_noOutput_throwsWithUsage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("in.jsonl"));

    assertTrue(e.getMessage().contains("usage:"), e.getMessage());
  }

  @Test
  void parse_unknownFormatOrProfile_throwsNamingIt() {
    IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
        () -> JobOptions.parse("--format", "csv", "in", "out"));
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
        () -> JobOptions.parse("--profile", "turbo", "in", "out"));
    IllegalArgumentException v = assertThrows(IllegalArgumentException.class,
        () -> JobOptions.parse("in", "out", "--format"));

    assertTrue(f.getMessage().contains("'csv'"), f.getMessage());
    assertTrue(p.getMessage().contains("'turbo'"), p.getMessage());
    assertTrue(v.getMessage().contains("--format needs a value"), v.getMessage());
  }
}
