package org.annals.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.annals.EventCoder;
import org.annals.events.Event;
import org.annals.ingest.Article;
import org.annals.ingest.BadRecord;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;

/**
 * Codes one partition: reads its records as articles, codes them one at a time with the
 * executor's {@link EventCoder} ({@link ExecutorCoders}) and hands on the events' output rows
 * lazily, so a partition never sits in memory whole. Holds only serializable settings, readers,
 * writers and counters; a record that cannot be read or coded is counted and logged, not fatal.
 *
 * @param <I> the partition's records (JSON lines, or WARC files)
 * @param <O> the output rows (Parquet rows, or GDELT lines)
 */
final class CodePartition<I, O> implements FlatMapFunction<Iterator<I>, O> {
  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger(CodePartition.class.getName());

  /** Turns a partition's records into articles. */
  interface Reader<I> extends Serializable {
    Iterator<Article> read(Iterator<I> records, Consumer<BadRecord> bad);
  }

  /** Turns the events of one article into output rows. */
  interface Writer<O> extends Serializable {
    List<O> write(List<Event> events);
  }

  /** The job's counters, summed on the driver. */
  record Counters(LongAccumulator articles, LongAccumulator events, LongAccumulator skipped)
      implements Serializable {}

  private final CoderSettings settings;
  private final Reader<I> reader;
  private final Writer<O> writer;
  private final Counters counters;

  CodePartition(CoderSettings settings, Reader<I> reader, Writer<O> writer, Counters counters) {
    this.settings = settings;
    this.reader = reader;
    this.writer = writer;
    this.counters = counters;
  }

  @Override
  public Iterator<O> call(Iterator<I> records) {
    EventCoder coder = ExecutorCoders.get(settings);
    Iterator<Article> articles = reader.read(records, this::bad);
    return new Iterator<>() {
      private final Deque<O> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && articles.hasNext()) {
          pending.addAll(code(coder, articles.next()));
        }
        return !pending.isEmpty();
      }

      @Override
      public O next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  private List<O> code(EventCoder coder, Article a) {
    try {
      List<Event> events = coder.code(a);
      counters.articles().add(1);
      counters.events().add(events.size());
      return writer.write(events);
    } catch (RuntimeException e) {
      // one bad article must not fail the task (and so the job after retries)
      LOG.log(System.Logger.Level.WARNING, a.id() + ": coding failed: " + e, e);
      counters.skipped().add(1);
      return List.of();
    }
  }

  private void bad(BadRecord b) {
    LOG.log(System.Logger.Level.WARNING, b.message());
    if (b.skipped()) {
      counters.skipped().add(1);
    }
  }
}
