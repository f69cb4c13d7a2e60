package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleSourceTest {
  private static final Instant CRAWLED = Instant.parse("2024-03-12T06:00:00Z");
  private static final String STORY = """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <title>Norway expels diplomats | Example News</title>
      <meta property="og:title" content="Norway expels two Russian diplomats">
      <meta property="article:published_time" content="2024-03-10T09:30:00+01:00">
      <style>p { color: red }</style><script>var tracking = "Read more";</script>
      </head><body>
      <header><nav><a href="/">Home</a> <p>Menu: World, Politics</p></nav></header>
      <aside><p>Most read: Football scores</p></aside>
      <article>
        <h1>Norway expels two Russian diplomats</h1>
        <figure><img src="a.jpg"><figcaption>The embassy in Oslo. Photo: Ola</figcaption></figure>
        <p>Norway expelled two Russian diplomats on Friday, accusing them of spying.</p>
        <p>The Russian foreign ministry summoned the Norwegian ambassador on Saturday.</p>
        <footer><p>Share this story</p></footer>
      </article>
      <footer><p>Copyright Example News</p></footer>
      </body></html>""";

  @TempDir Path dir;

  private final List<BadRecord> bad = new ArrayList<>();

  @Test
  void open_gzippedWarcWithStory_readsTitleDateAndParagraphsOnly() throws IOException {
    Path warc = write("crawl.warc.gz", WarcCompression.GZIP,
        response("https://news.example/world/norway", 200, "text/html; charset=utf-8", STORY));

    List<Article> articles = read(warc);

    assertEquals(1, articles.size(), bad.toString());
    Article a = articles.get(0);
    assertEquals("https://news.example/world/norway", a.id());
    assertEquals("news.example", a.source());
    assertEquals("Norway expels two Russian diplomats", a.title());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 10)), a.date());
    assertEquals("Norway expelled two Russian diplomats on Friday, accusing them of spying.\n\n"
        + "The Russian foreign ministry summoned the Norwegian ambassador on Saturday.", a.text());
    assertTrue(bad.isEmpty(), bad.toString());
  }

  @Test
  void open_plainWarc_skipsRequestsRedirectsAndNonHtml() throws IOException {
    Path warc = write("crawl.warc", WarcCompression.NONE,
        new WarcRequest.Builder(URI.create("https://news.example/a")).date(CRAWLED)
            .body(MediaType.HTTP_REQUEST,
                "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
            .build(),
        response("https://news.example/old", 301, "text/html", "<p>Moved</p>"),
        response("https://news.example/logo.png", 200, "image/png", "PNG"),
        response("https://news.example/a", 200, "text/html", STORY));

    List<Article> articles = read(warc);

    assertEquals(List.of("https://news.example/a"), articles.stream().map(Article::id).toList());
    assertTrue(bad.isEmpty(), bad.toString());
  }

  @Test
  void open_pageWithoutDateMeta_takesTimeElementThenCrawlDay() throws IOException {
    String timed = "<html><body><main><time datetime=\"2023-11-05\">5 Nov</time>"
        + "<p>Ministers met in Brussels.</p></main></body></html>";
    String undated = "<html><head><title>Talks</title></head><body>"
        + "<p>Talks resumed in Geneva.</p></body></html>";
    Path warc = write("two.warc.gz", WarcCompression.GZIP,
        response("https://news.example/timed", 200, "text/html", timed),
        response("https://news.example/undated", 200, "text/html", undated));

    List<Article> articles = read(warc);

    assertEquals(Optional.of(LocalDate.of(2023, 11, 5)), articles.get(0).date());
    assertEquals("Ministers met in Brussels.", articles.get(0).text());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), articles.get(1).date());
    assertEquals("warc", articles.get(1).extra().get("date_from"));
    assertEquals("Talks", articles.get(1).title());
  }

  @Test
  void open_pageWithNoText_reportsItAndReadsTheNext() throws IOException {
    Path warc = write("empty.warc", WarcCompression.NONE,
        response("https://news.example/blank", 200, "text/html",
            "<html><body><nav><p>Home</p></nav></body></html>"),
        response("https://news.example/a", 200, "text/html", STORY));

    List<Article> articles = read(warc);

    assertEquals(1, articles.size());
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).message().contains("https://news.example/blank: no article text"),
        bad.get(0).message());
  }

  @Test
  void open_notAWarc_reportsBrokenRecordWithoutThrowing() throws IOException {
    Path p = dir.resolve("junk.warc");
    Files.writeString(p, "this is not a web archive\n");

    List<Article> articles = read(p);

    assertTrue(articles.isEmpty());
    assertFalse(bad.isEmpty());
    assertTrue(bad.get(0).skipped());
  }

  private List<Article> read(Path warc) throws IOException {
    List<Article> out = new ArrayList<>();
    try (ArticleSource src = ArticleSources.open(warc, null, bad::add)) {
      src.forEachRemaining(out::add);
    }
    return out;
  }

  private static WarcResponse response(String url, int status, String type, String body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }

  private Path write(String name, WarcCompression compression,
      org.netpreserve.jwarc.WarcRecord... records) throws IOException {
    Path p = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(
        java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE), compression)) {
      for (var r : records) {
        w.write(r);
      }
    }
    return p;
  }
}
