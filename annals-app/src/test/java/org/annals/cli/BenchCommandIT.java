package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code annals bench} and WARC input to {@code annals code}, with the real CoreNLP models. */
class BenchCommandIT {
  private static final String ARTICLES = """
      {"id":"a1","date":"2024-03-10","text":"Norway expelled two Russian diplomats on Friday."}
      {"id":"a2","date":"2024-03-11","text":"The weather was mild in Oslo. Nobody was hurt."}
      {"id":"a3","date":"2024-03-12","text":"Russia summoned the Norwegian ambassador."}
      """;

  @TempDir Path dir;

  @Test
  void bench_jsonLines_printsRatesStageSharesAndHeap() throws IOException {
    Path f = Files.writeString(dir.resolve("news.jsonl"), ARTICLES);

    CliRun run = CliRun.of("bench", "--threads", "2", "--warmup", "1", "--limit", "2",
        "--profile", "fast", f.toString());

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("profile fast, 2 threads"), run.out());
    assertTrue(run.out().contains("| news.jsonl | 2 | 3 |"), run.out());
    assertTrue(run.out().contains("| cleaning | selection | CoreNLP split | CoreNLP parse | actors"
        + " | coding | dates and modes | linking | after CoreNLP |"), run.out());
    assertTrue(run.out().contains("| own code sentences/s per core |"), run.out());
    assertTrue(run.out().contains("Peak heap:"), run.out());
  }

  @Test
  void code_warcFile_codesTheHtmlArticle() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    String html = "<html><head><meta property=\"article:published_time\" content=\"2024-03-10\">"
        + "</head><body><nav><p>Home</p></nav><article><p>Norway expelled two Russian diplomats"
        + " on Friday.</p></article></body></html>";
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(new WarcResponse.Builder(URI.create("https://news.example/oslo"))
          .date(Instant.parse("2024-03-11T08:00:00Z")).body(http).build());
    }

    CliRun run = CliRun.of("code", "--quiet", warc.toString());

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\"doc\":\"https://news.example/oslo\""), run.out());
    assertTrue(run.out().contains("\"source\":\"NOR\""), run.out());
    assertTrue(run.out().contains("\"date\":\"2024-03-08\""), run.out());
  }
}
