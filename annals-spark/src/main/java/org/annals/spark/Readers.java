package org.annals.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.annals.ingest.Article;
import org.annals.ingest.ArticleSource;
import org.annals.ingest.ArticleSources;
import org.annals.ingest.BadRecord;
import org.apache.spark.input.PortableDataStream;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/** The partition readers of {@link SparkCodingJob}: JSON lines, and whole WARC files. */
final class Readers {
  private Readers() {}

  /** Reads JSON lines of articles with the same reader as {@code annals code}. */
  static final class JsonLines implements CodePartition.Reader<String> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Article> read(Iterator<String> lines, Consumer<BadRecord> bad) {
      return new Articles<>(lines, line -> line.isBlank() ? null : ArticleSources.jsonLines(
          new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "jsonl", bad));
    }
  }

  /** Reads web archives (one file a record, as {@code binaryFiles} gives them). */
  static final class Warc implements CodePartition.Reader<Tuple2<String, PortableDataStream>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Article> read(Iterator<Tuple2<String, PortableDataStream>> files,
        Consumer<BadRecord> bad) {
      return new Articles<>(files, f -> {
        InputStream in = f._2().open();
        try {
          return ArticleSources.warc(in, f._1(), bad);
        } catch (IOException e) {
          bad.accept(new BadRecord(f._1(), 0, "cannot read: " + e.getMessage(), true));
          in.close();
          return null;
        }
      });
    }
  }

  /** Opens one article source per record. */
  interface Opener<I> {
    @Nullable ArticleSource open(I record) throws IOException;
  }

  /** The articles of each record's source in turn, each source closed when it is used up. */
  private static final class Articles<I> implements Iterator<Article> {
    private final Iterator<I> records;
    private final Opener<I> opener;
    private @Nullable ArticleSource current;

    Articles(Iterator<I> records, Opener<I> opener) {
      this.records = records;
      this.opener = opener;
    }

    @Override
    public boolean hasNext() {
      try {
        while (current == null || !current.hasNext()) {
          if (current != null) {
            current.close();
            current = null;
          }
          if (!records.hasNext()) {
            return false;
          }
          current = opener.open(records.next());
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
