package org.annals.spark;

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
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Runs {@link SparkCodingJob} in local mode ({@code local[2]}) with the real CoreNLP models on
 * articles of our own, from JSON Lines and from a WARC file, and reads the output back. Loading
 * Spark and the models takes about a minute, hence the tag.
 */
@Tag("long-running")
class SparkCodingJobIT {
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("annals-it")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void run_jsonLinesAndWarc_writesParquetWithTheEvents() throws IOException {
    Path jsonl = dir.resolve("news.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"a1\",\"date\":\"2024-03-10\",\"text\":\"Norway expelled two Russian diplomats"
            + " on Friday.\"}",
        "{\"id\":\"a2\",\"date\":\"2024-03-11\",\"text\":\"The weather was mild in Oslo.\"}",
        "not json at all",
        ""));
    Path warc = warc(dir.resolve("crawl.warc.gz"));
    Path out = dir.resolve("events.parquet");

    SparkCodingJob.Result r = SparkCodingJob.run(spark, jsonl.toString(), warc.toString(),
        out.toString());

    Dataset<Row> events = spark.read().parquet(out.toString());
    List<String> found = events.collectAsList().stream()
        .map(e -> e.getAs("doc") + " " + e.getAs("source") + " " + e.getAs("code") + " "
            + e.getAs("target"))
        .sorted().toList();
    assertTrue(found.stream().anyMatch(e -> e.matches("a1 NOR 17\\d* RUS.*")), found.toString());
    assertTrue(found.stream().anyMatch(
        e -> e.matches("https://news\\.example/summons .*RUS.* 1\\d+ .*NOR.*")), found.toString());
    assertEquals(3, r.articles());
    assertEquals(1, r.skipped());
    assertEquals(found.size(), r.events());
    assertEquals(EventRows.SCHEMA.fieldNames().length, events.columns().length);
  }

  @Test
  void run_gdeltFormat_writes61TabSeparatedColumns() throws IOException {
    Path jsonl = dir.resolve("one.jsonl");
    Files.writeString(jsonl, "{\"id\":\"b1\",\"date\":\"2024-03-10\",\"text\":\"Norway expelled"
        + " two Russian diplomats on Friday.\"}\n");
    Path out = dir.resolve("events.gdelt");

    SparkCodingJob.run(spark, "--format", "gdelt", jsonl.toString(), out.toString());

    List<String> lines = spark.read().textFile(out.toString()).collectAsList();
    assertTrue(!lines.isEmpty(), "no GDELT rows");
    for (String line : lines) {
      assertEquals(61, line.split("\t", -1).length, line);
    }
    assertTrue(lines.stream().collect(Collectors.joining("\n")).contains("NOR"), lines.toString());
  }

  private static Path warc(Path p) throws IOException {
    String html = "<html><head><title>Moscow summons envoy</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-09\"></head><body>"
        + "<nav><p>World | Europe</p></nav><article><p>The Russian foreign ministry summoned the"
        + " Norwegian ambassador on Saturday.</p></article></body></html>";
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
        .build();
    try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(new WarcResponse.Builder(URI.create("https://news.example/summons"))
          .date(Instant.parse("2024-03-09T12:00:00Z")).body(http).build());
    }
    return p;
  }
}
