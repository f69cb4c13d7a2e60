package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.annals.ingest.Article;
import org.annals.ingest.ArticleSource;
import org.annals.ingest.ArticleSources;
import org.annals.ingest.BadRecord;

/** Streams the articles of several inputs (files, or {@code -} for standard input) in order. */
final class Inputs implements Iterator<Article>, AutoCloseable {
  private final List<String> names;
  private final LocalDate date;
  private final Consumer<BadRecord> bad;
  private final InputStream stdin;
  private int next;
  private ArticleSource current;

  Inputs(List<String> names, LocalDate date, InputStream stdin, Consumer<BadRecord> bad) {
    this.names = names;
    this.date = date;
    this.stdin = stdin;
    this.bad = bad;
  }

  /** Counts the articles ahead when that is cheap (lines of JSON Lines files), else -1. */
  static long estimate(List<String> names) {
    long n = 0;
    for (String name : names) {
      Path p = Path.of(name);
      if (name.equals("-") || !Files.isRegularFile(p) || name.endsWith(".warc")
          || name.endsWith(".warc.gz")) {
        return -1;
      }
      if (name.endsWith(".jsonl")) {
        try (var lines = Files.lines(p)) {
          n += lines.count();
        } catch (IOException | UncheckedIOException e) {
          return -1;
        }
      } else {
        n++;
      }
    }
    return n;
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      closeCurrent();
      if (next >= names.size()) {
        return false;
      }
      current = open(names.get(next++));
    }
    return true;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private ArticleSource open(String name) {
    try {
      if (name.equals("-")) {
        return ArticleSources.stdin(stdin, date, bad);
      }
      Path p = Path.of(name);
      if (!Files.exists(p)) {
        bad.accept(new BadRecord(name, 0, "no such file", true));
        return null;
      }
      if (Files.isDirectory(p)) {
        bad.accept(new BadRecord(name, 0, "is a directory, give the files in it", true));
        return null;
      }
      return ArticleSources.open(p, date, bad);
    } catch (IOException e) {
      bad.accept(new BadRecord(name, 0, "cannot read: " + e.getMessage(), true));
      return null;
    }
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        bad.accept(new BadRecord("?", 0, "cannot close: " + e.getMessage(), false));
      }
      current = null;
    }
  }

  @Override
  public void close() {
    closeCurrent();
  }
}
