package org.annals.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers of article inputs: text files, JSON Lines, standard input. */
public final class ArticleSources {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KNOWN = List.of("id", "date", "source", "title", "text");
  private static final Pattern DATE_LINE = Pattern.compile(
      "^\\s*(?:This story is from |Date: |Published:? )?"
          + "((?:\\d{4}-\\d{2}-\\d{2})|(?:[A-Z][a-z]+ \\d{1,2}, \\d{4}))\\s*$",
      Pattern.MULTILINE);

  private ArticleSources() {}

  /**
   * Opens a path: {@code .jsonl}/{@code .json} files are JSON Lines of articles, {@code .warc} and
   * {@code .warc.gz} files are web archives whose HTML pages are articles, other files are one
   * plain-text article each. Problems go to {@code bad}; the source never throws on bad data.
   *
   * @param date the publication date to give plain-text articles, or null to read it from the file
   */
  public static ArticleSource open(Path path, LocalDate date, Consumer<BadRecord> bad)
      throws IOException {
    String name = path.getFileName().toString();
    if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
      return jsonLines(Files.newInputStream(path), name, bad);
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return warc(Files.newInputStream(path), name, bad);
    }
    return textArticle(Files.readAllBytes(path), name, date, bad);
  }

  /** Reads JSON Lines of articles ({@code {"id","date","source","title","text"}}, extra kept). */
  public static ArticleSource jsonLines(InputStream in, String file, Consumer<BadRecord> bad) {
    // read bytes as Latin-1 (lossless), then decode each line as UTF-8 or, failing that, as
    // Windows-1252 with a warning: a stray legacy byte must not garble the line silently
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    return new JsonLinesSource(reader, file, bad);
  }

  /**
   * Reads a WARC file (plain or gzipped, found out from its first bytes): each HTML response with
   * status 200 is one article, its text taken from the page's paragraphs with the navigation,
   * header, footer, asides and captions dropped; its id is the URL, its date the page's
   * publication date (meta tags, {@code <time datetime>}) or else the day it was crawled.
   */
  public static ArticleSource warc(InputStream in, String file, Consumer<BadRecord> bad)
      throws IOException {
    return new WarcArticleSource(in, file, bad);
  }

  /** Reads one plain-text article from bytes; the id is {@code file}. */
  public static ArticleSource textArticle(
      byte[] bytes, String file, LocalDate date, Consumer<BadRecord> bad) {
    Optional<Article> article = decodeText(bytes, file, date, bad);
    return fromIterator(article.stream().iterator(), () -> {});
  }

  /** Reads standard input: JSON Lines when the first character is '{', else one text article. */
  public static ArticleSource stdin(InputStream in, LocalDate date, Consumer<BadRecord> bad)
      throws IOException {
    java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 1);
    int first = p.read();
    if (first < 0) {
      bad.accept(new BadRecord("-", 0, "empty input", true));
      return fromIterator(java.util.Collections.emptyIterator(), () -> {});
    }
    p.unread(first);
    if (first == '{') {
      return jsonLines(p, "-", bad);
    }
    return textArticle(p.readAllBytes(), "stdin", date, bad);
  }

  private static Optional<Article> decodeText(
      byte[] bytes, String file, LocalDate date, Consumer<BadRecord> bad) {
    if (bytes.length == 0) {
      bad.accept(new BadRecord(file, 0, "empty file", true));
      return Optional.empty();
    }
    if (Decoding.looksBinary(bytes)) {
      bad.accept(new BadRecord(file, 0, "binary file (NUL bytes), not an article", true));
      return Optional.empty();
    }
    String text = Decoding.utf8(bytes).orElseGet(() -> {
      bad.accept(new BadRecord(file, 0, "not UTF-8; read as Windows-1252", false));
      return Decoding.legacy(bytes);
    });
    if (text.isBlank()) {
      bad.accept(new BadRecord(file, 0, "no text", true));
      return Optional.empty();
    }
    Optional<LocalDate> d = Optional.ofNullable(date).or(() -> dateLine(text));
    return Optional.of(new Article(file, d, "", "", text, Map.of()));
  }

  /** Finds a date line in the first lines of a text file ("2021-10-18", "March 10, 2002"). */
  static Optional<LocalDate> dateLine(String text) {
    String head = text.length() > 400 ? text.substring(0, 400) : text;
    Matcher m = DATE_LINE.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    return parseDate(m.group(1));
  }

  /** Parses {@code YYYY-MM-DD}, an ISO timestamp, or {@code Month D, YYYY}. */
  public static Optional<LocalDate> parseDate(String s) {
    String t = s.trim();
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return Optional.of(LocalDate.parse(t.substring(0, 10)));
      }
      java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern(
          "MMMM d, yyyy", java.util.Locale.ENGLISH);
      return Optional.of(LocalDate.parse(t, f));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static ArticleSource fromIterator(Iterator<Article> it, Runnable onClose) {
    return new ArticleSource() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Article next() {
        return it.next();
      }

      @Override
      public void close() {
        onClose.run();
      }
    };
  }

  /** Streams JSON Lines, reporting each broken line with its number. */
  private static final class JsonLinesSource implements ArticleSource {
    private final BufferedReader reader;
    private final String file;
    private final Consumer<BadRecord> bad;
    private long lineNo;
    private boolean reportedEmpty;
    private Article next;

    JsonLinesSource(BufferedReader reader, String file, Consumer<BadRecord> bad) {
      this.reader = reader;
      this.file = file;
      this.bad = bad;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          bad.accept(new BadRecord(file, lineNo + 1, "cannot read: " + e.getMessage(), true));
          return false;
        }
        if (line == null) {
          if (lineNo == 0 && !reportedEmpty) {
            reportedEmpty = true;
            bad.accept(new BadRecord(file, 0, "empty file", true));
          }
          return false;
        }
        lineNo++;
        line = decode(line);
        if (!line.isBlank()) {
          next = parse(line).orElse(null);
        }
      }
      return true;
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

    private String decode(String latin1) {
      byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
      return Decoding.utf8(bytes).orElseGet(() -> {
        bad.accept(new BadRecord(file, lineNo, "not UTF-8; read as Windows-1252", false));
        return Decoding.legacy(bytes);
      });
    }

    private Optional<Article> parse(String line) {
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (IOException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        bad.accept(new BadRecord(file, lineNo, "broken JSON: " + msg, true));
        return Optional.empty();
      }
      if (n == null || !n.isObject()) {
        bad.accept(new BadRecord(file, lineNo, "not a JSON object", true));
        return Optional.empty();
      }
      String text = textOf(n, "text");
      if (text.isBlank()) {
        bad.accept(new BadRecord(file, lineNo, "no text", true));
        return Optional.empty();
      }
      String id = textOf(n, "id");
      if (id.isBlank()) {
        id = file + ":" + lineNo;
      }
      Optional<LocalDate> date = Optional.empty();
      String d = textOf(n, "date");
      if (!d.isBlank()) {
        date = parseDate(d);
        if (date.isEmpty()) {
          bad.accept(new BadRecord(file, lineNo, "unreadable date '" + d + "', coded without", false));
        }
      }
      Map<String, Object> extra = new LinkedHashMap<>();
      n.fields().forEachRemaining(e -> {
        if (!KNOWN.contains(e.getKey())) {
          extra.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
        }
      });
      extra.values().removeIf(java.util.Objects::isNull);
      return Optional.of(new Article(id, date, textOf(n, "source"), textOf(n, "title"), text, extra));
    }

    private static String textOf(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || v.isNull() ? "" : v.asText();
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
