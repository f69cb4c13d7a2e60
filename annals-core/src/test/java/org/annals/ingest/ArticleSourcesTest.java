package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
  @TempDir Path dir;

  private final List<BadRecord> bad = new ArrayList<>();

  private List<Article> readJsonLines(String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try (ArticleSource src =
        ArticleSources.jsonLines(new ByteArrayInputStream(bytes), "feed.jsonl", bad::add)) {
      return drain(src);
    }
  }

  private List<Article> open(String name, byte[] bytes, LocalDate date) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    try (ArticleSource src = ArticleSources.open(p, date, bad::add)) {
      return drain(src);
    }
  }

  private static List<Article> drain(ArticleSource src) {
    List<Article> out = new ArrayList<>();
    src.forEachRemaining(out::add);
    return out;
  }

  @Test
  void jsonLines_brokenLineInMiddle_reportsItsLineAndReadsTheOthers() throws IOException {
    String in =
        "{\"id\":\"a1\",\"text\":\"Oslo hosted the talks.\"}\n"
            + "\n"
            + "{\"id\":\"a2\",\"text\":\"Unfinished\n"
            + "{\"id\":\"a3\",\"text\":\"Both delegations left.\"}\n";

    List<Article> articles = readJsonLines(in);

    assertEquals(List.of("a1", "a3"), articles.stream().map(Article::id).toList());
    assertEquals(1, bad.size());
    BadRecord r = bad.get(0);
    assertEquals(3, r.line());
    assertEquals("feed.jsonl", r.file());
    assertTrue(r.skipped());
    assertTrue(r.reason().startsWith("broken JSON"), r.reason());
    assertTrue(r.message().startsWith("feed.jsonl:3: "), r.message());
  }

  @Test
  void jsonLines_missingId_usesFileAndLine() throws IOException {
    String in =
        "{\"id\":\"first\",\"text\":\"Quito recalled its envoy.\"}\n"
            + "{\"text\":\"Lima protested.\"}\n";

    List<Article> articles = readJsonLines(in);

    assertEquals("feed.jsonl:2", articles.get(1).id());
    assertTrue(bad.isEmpty());
  }

  @Test
  void jsonLines_extraFields_areKeptAndNullsDropped() throws IOException {
    String in =
        "{\"id\":\"x\",\"source\":\"Daily Wire\",\"title\":\"Ports shut\",\"text\":\"Ports shut.\","
            + "\"url\":\"https://example.org/p\",\"tags\":[\"sea\",\"trade\"],\"rank\":3,"
            + "\"section\":null}\n";

    Article a = readJsonLines(in).get(0);

    assertEquals("Daily Wire", a.source());
    assertEquals("Ports shut", a.title());
    Map<String, Object> extra = a.extra();
    assertEquals("https://example.org/p", extra.get("url"));
    assertEquals(List.of("sea", "trade"), extra.get("tags"));
    assertEquals(3, extra.get("rank"));
    assertFalse(extra.containsKey("section"));
    assertFalse(extra.containsKey("text"));
  }

  @Test
  void jsonLines_unreadableDate_warnsAndKeepsArticle() throws IOException {
    String in = "{\"id\":\"d\",\"date\":\"sometime in spring\",\"text\":\"Rain fell.\"}\n";

    List<Article> articles = readJsonLines(in);

    assertEquals(1, articles.size());
    assertEquals(Optional.empty(), articles.get(0).date());
    assertEquals(1, bad.size());
    assertFalse(bad.get(0).skipped());
    assertEquals(1, bad.get(0).line());
    assertTrue(bad.get(0).message().contains("warning"), bad.get(0).message());
  }

  @Test
  void jsonLines_isoTimestampDate_takesTheDay() throws IOException {
    String in = "{\"id\":\"t\",\"date\":\"2019-04-02T08:30:00Z\",\"text\":\"Talks began.\"}\n";

    assertEquals(Optional.of(LocalDate.of(2019, 4, 2)), readJsonLines(in).get(0).date());
  }

  @Test
  void jsonLines_recordWithoutText_isSkipped() throws IOException {
    String in = "{\"id\":\"empty\",\"text\":\"  \"}\n[1,2]\n";

    assertTrue(readJsonLines(in).isEmpty());
    assertEquals(2, bad.size());
    assertEquals(List.of(1L, 2L), bad.stream().map(BadRecord::line).toList());
  }

  @Test
  void open_jsonlFile_readsArticles() throws IOException {
    byte[] bytes = "{\"id\":\"j\",\"text\":\"Accra hosted the summit.\"}\n"
        .getBytes(StandardCharsets.UTF_8);

    List<Article> articles = open("batch.jsonl", bytes, null);

    assertEquals(1, articles.size());
    assertEquals("Accra hosted the summit.", articles.get(0).text());
  }

  @Test
  void open_emptyFile_reportsSkippedBadRecord() throws IOException {
    List<Article> articles = open("empty.txt", new byte[0], null);

    assertTrue(articles.isEmpty());
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).skipped());
    assertEquals("empty.txt", bad.get(0).file());
    assertEquals(0, bad.get(0).line());
  }

  @Test
  void open_binaryFile_reportsSkippedBadRecord() throws IOException {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 0, 'x', 'y'};

    List<Article> articles = open("archive.txt", bytes, null);

    assertTrue(articles.isEmpty());
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).skipped());
    assertTrue(bad.get(0).reason().contains("binary"), bad.get(0).reason());
  }

  @Test
  void open_latin1Bytes_warnsAndDecodesWithoutLoss() throws IOException {
    byte[] bytes = "Le caf\u00e9 de la gare a ferm\u00e9.".getBytes(StandardCharsets.ISO_8859_1);

    List<Article> articles = open("cafe.txt", bytes, LocalDate.of(2020, 1, 1));

    assertEquals(1, articles.size());
    assertEquals("Le caf\u00e9 de la gare a ferm\u00e9.", articles.get(0).text());
    assertEquals(1, bad.size());
    assertFalse(bad.get(0).skipped());
  }

  @Test
  void open_utf8Text_noWarning() throws IOException {
    byte[] bytes = "Z\u00fcrich hosted the caf\u00e9 talks.".getBytes(StandardCharsets.UTF_8);

    List<Article> articles = open("zurich.txt", bytes, null);

    assertEquals("Z\u00fcrich hosted the caf\u00e9 talks.", articles.get(0).text());
    assertTrue(bad.isEmpty());
  }

  @Test
  void open_textWithFirstLineDate_takesItAsArticleDate() throws IOException {
    byte[] bytes = "2021-10-18\nThe two ministers met in Riga.".getBytes(StandardCharsets.UTF_8);

    List<Article> articles = open("riga.txt", bytes, null);

    Article a = articles.get(0);
    assertEquals("riga.txt", a.id());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 18)), a.date());
  }

  @Test
  void open_textWithWrittenDateLine_takesIt() throws IOException {
    byte[] bytes = "Published: March 10, 2002\n\nThe rebels freed two hostages."
        .getBytes(StandardCharsets.UTF_8);

    assertEquals(Optional.of(LocalDate.of(2002, 3, 10)), open("r.txt", bytes, null).get(0).date());
  }

  @Test
  void open_givenDate_winsOverDateLine() throws IOException {
    byte[] bytes = "2021-10-18\nThe two ministers met.".getBytes(StandardCharsets.UTF_8);

    List<Article> articles = open("m.txt", bytes, LocalDate.of(2022, 5, 6));

    assertEquals(Optional.of(LocalDate.of(2022, 5, 6)), articles.get(0).date());
  }

  @Test
  void open_textWithoutDate_hasNoDate() throws IOException {
    byte[] bytes = "The two ministers met in 2021.".getBytes(StandardCharsets.UTF_8);

    assertEquals(Optional.empty(), open("n.txt", bytes, null).get(0).date());
  }

  @Test
  void open_millionCharacterTextArticle_isReadWhole() throws IOException {
    String text = "Envoys met. ".repeat(1_000_000 / 12) + "x".repeat(1_000_000 % 12);
    assertEquals(1_000_000, text.length());

    List<Article> articles = open("long.txt", text.getBytes(StandardCharsets.UTF_8), null);

    assertEquals(1_000_000, articles.get(0).text().length());
  }

  @Test
  void jsonLines_millionCharacterArticle_isReadWhole() throws IOException {
    String body = "Talks went on. ".repeat(1_000_000 / 15) + "y".repeat(1_000_000 % 15);
    String in = "{\"id\":\"big\",\"text\":\"" + body + "\"}\n{\"id\":\"after\",\"text\":\"ok\"}\n";

    List<Article> articles = readJsonLines(in);

    assertEquals(2, articles.size());
    assertEquals(1_000_000, articles.get(0).text().length());
    assertEquals("after", articles.get(1).id());
  }

  @Test
  void stdin_emptyInput_reportsSkippedBadRecord() throws IOException {
    try (ArticleSource src =
        ArticleSources.stdin(new ByteArrayInputStream(new byte[0]), null, bad::add)) {
      assertFalse(src.hasNext());
    }
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).skipped());
  }

  @Test
  void stdin_jsonFirstCharacter_readsJsonLines() throws IOException {
    byte[] bytes = "{\"id\":\"s\",\"text\":\"Hanoi protested.\"}\n".getBytes(StandardCharsets.UTF_8);
    try (ArticleSource src = ArticleSources.stdin(new ByteArrayInputStream(bytes), null, bad::add)) {
      assertEquals("s", src.next().id());
      assertFalse(src.hasNext());
    }
  }
}
