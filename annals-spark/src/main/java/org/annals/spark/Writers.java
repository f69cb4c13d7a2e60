package org.annals.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.annals.events.Event;
import org.annals.format.EventWriter;
import org.annals.format.EventWriters;
import org.annals.format.WriterOptions;
import org.apache.spark.sql.Row;

/** The output writers of {@link SparkCodingJob}: Parquet rows and GDELT lines. */
final class Writers {
  private Writers() {}

  /** Rows of {@link EventRows#SCHEMA}, for Parquet. */
  static final class Rows implements CodePartition.Writer<Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Row> write(List<Event> events) {
      return events.stream().map(EventRows::row).toList();
    }
  }

  /** GDELT 2.0 event table lines (61 tab-separated columns), as {@code annals code -f gdelt}. */
  static final class Gdelt implements CodePartition.Writer<String> {
    private static final long serialVersionUID = 1L;
    private final String dateAdded;

    /** @param dateAdded the run's timestamp, YYYYMMDDHHMMSS */
    Gdelt(String dateAdded) {
      this.dateAdded = dateAdded;
    }

    @Override
    public List<String> write(List<Event> events) {
      StringWriter out = new StringWriter();
      try (EventWriter w = EventWriters.gdelt(out,
          new WriterOptions(dateAdded, WriterOptions.defaults().sourceUrl()))) {
        w.writeAll(events);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString().lines().toList();
    }
  }
}
