package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the articles of a WARC file (plain or gzipped): each response record with status 200
 * and an HTML payload becomes one article, its text extracted by {@link HtmlArticles}. Other
 * records (requests, metadata, redirects, images) are passed over silently; a page with no text
 * is reported and skipped. The id is the page's URL; the date is the page's publication date, or
 * else the day it was crawled (noted as {@code date_from: "warc"}).
 */
final class WarcArticleSource implements ArticleSource {
  private static final MediaType HTML = MediaType.parse("text/html");
  private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");

  private final WarcReader reader;
  private final String file;
  private final Consumer<BadRecord> bad;
  private long recordNo;
  private boolean done;
  private @Nullable Article next;

  WarcArticleSource(InputStream in, String file, Consumer<BadRecord> bad) throws IOException {
    this.reader = new WarcReader(in);
    this.file = file;
    this.bad = bad;
    reader.setLenient(true);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        Optional<WarcRecord> r = reader.next();
        if (r.isEmpty()) {
          done = true;
          if (recordNo == 0) {
            bad.accept(new BadRecord(file, 0, "no WARC records", true));
          }
          return false;
        }
        recordNo++;
        if (r.get() instanceof WarcResponse response) {
          next = article(response).orElse(null);
        }
      } catch (IOException | RuntimeException e) {
        // jwarc throws ParsingException (a RuntimeException) on a broken record; the rest of
        // the file cannot be found again, so reading stops here
        bad.accept(new BadRecord(file, recordNo + 1, "broken WARC record: " + e.getMessage(),
            true));
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    return a;
  }

  private Optional<Article> article(WarcResponse response) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return Optional.empty();
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    if (http.status() != 200 || !(type.base().equals(HTML) || type.base().equals(XHTML))) {
      return Optional.empty();
    }
    String url = response.target();
    Document doc;
    try (InputStream body = http.bodyDecoded().stream()) {
      doc = Jsoup.parse(body, charset(type), url);
    }
    HtmlArticles.Extracted page = HtmlArticles.extract(doc);
    if (page.text().isBlank()) {
      bad.accept(new BadRecord(file, recordNo, url + ": no article text", true));
      return Optional.empty();
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("url", url);
    Optional<LocalDate> date = page.date();
    if (date.isEmpty()) {
      date = Optional.of(LocalDate.ofInstant(response.date(), ZoneOffset.UTC));
      extra.put("date_from", "warc");
    }
    return Optional.of(new Article(url, date, host(url), page.title(), page.text(), extra));
  }

  /** The charset the server declared, if Java knows it; else jsoup reads the page's meta tag. */
  private static @Nullable String charset(MediaType type) {
    String cs = type.parameters().get("charset");
    try {
      return cs != null && Charset.isSupported(cs.strip()) ? cs.strip() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
