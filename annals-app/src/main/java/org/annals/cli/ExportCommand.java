package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.events.Mode;
import org.annals.format.EventWriter;
import org.annals.format.EventWriters;
import org.annals.format.ReportCounts;
import org.annals.format.WriterOptions;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.annals.store.GroupBy;
import org.annals.store.Period;
import org.annals.store.StoreException;
import org.annals.store.StoredEvent;
import org.annals.store.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annals export}: writes the stored events, one per happening, oldest first, as JSON Lines,
 * GDELT or PLOVER lines (through {@link EventWriters}) or as a CSV or Parquet table. A DuckDB file
 * is opened read-only. Exit code 0, 2 for a usage error, 3 when the database failed.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the stored events as jsonl, gdelt, plover, csv or parquet.")
final class ExportCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("jsonl", "gdelt", "plover", "csv",
      "parquet");

  @Spec CommandSpec spec;

  @Option(names = "--db", defaultValue = "annals.duckdb",
      description = "A DuckDB file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL.")
  String db;

  @Option(names = {"-f", "--format"}, defaultValue = "jsonl",
      description = "jsonl, gdelt, plover, csv or parquet (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"},
      description = "The file to write (required for parquet; default: standard output).")
  Path output;

  @Option(names = "--from", description = "First event date (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Last event date (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--actor", description = "Actor code or prefix, as source or target.")
  String actor;

  @Option(names = "--source", description = "Source actor code or prefix.")
  String source;

  @Option(names = "--target", description = "Target actor code or prefix.")
  String target;

  @Option(names = "--country", description = "Country (ISO alpha-3) of source or target.")
  String country;

  @Option(names = "--code", description = "CAMEO code or prefix.")
  String code;

  @Option(names = "--root", description = "CAMEO root, two digits.")
  String root;

  @Option(names = "--quad", description = "Quad class, 1 to 4.")
  Integer quad;

  @Option(names = "--mode", description = "asserted, future, hypothetical or negated.")
  Mode mode;

  @Option(names = "--text", description = "Words an evidence sentence holds.")
  String text;

  @Option(names = {"-q", "--quiet"}, description = "No count on standard error.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    String fmt = format.trim().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(fmt)) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format
          + "': known formats are " + String.join(", ", FORMATS));
    }
    if (fmt.equals("parquet") && output == null) {
      throw new ParameterException(spec.commandLine(), "--format parquet needs --output FILE");
    }
    EventQuery query = query();
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore store = EventStores.open(db, /* readOnly= */ true)) {
      long n = fmt.equals("csv") || fmt.equals("parquet")
          ? table(store, query, TableFormat.valueOf(fmt.toUpperCase(Locale.ROOT)))
          : lines(store, query, fmt);
      if (!quiet) {
        err.println("export: " + n + " events from " + store.describe());
      }
      return 0;
    } catch (StoreException e) {
      err.println("annals export: " + e.getMessage());
      return 3;
    }
  }

  private EventQuery query() {
    try {
      return EventQuery.builder().from(from).to(to).actor(actor).source(source).target(target)
          .country(country).code(code).root(root).quad(quad).mode(mode).text(text).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private long lines(EventStore store, EventQuery query, String fmt) throws IOException {
    Writer out = output == null ? spec.commandLine().getOut()
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    // the writer asks about the event being written: its URL and its stored report counts
    StoredEvent[] current = {null};
    WriterOptions options = WriterOptions.defaults().withDateAdded(LocalDateTime.now())
        .withSourceUrls(doc -> Optional.ofNullable(current[0]).map(StoredEvent::url)
            .filter(u -> !u.isEmpty()))
        .withCounts(id -> Optional.ofNullable(current[0])
            .map(s -> new ReportCounts(s.mentions(), s.sources(), s.articles())));
    EventWriter writer = EventWriters.forName(fmt, out, options);
    AtomicLong n = new AtomicLong();
    store.forEach(query, e -> {
      current[0] = e;
      try {
        writer.write(e.event());
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      n.incrementAndGet();
    });
    if (output == null) {
      writer.flush();
    } else {
      writer.close();
    }
    return n.get();
  }

  private long table(EventStore store, EventQuery query, TableFormat tf) throws IOException {
    Path file = output != null ? output : Files.createTempFile("annals-export", ".csv");
    try {
      store.exportTable(query, tf, file);
      if (output == null) { // CSV on standard output
        Writer out = spec.commandLine().getOut();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          in.transferTo(out);
        }
        out.flush();
      }
      return store.aggregate(query, Period.ALL, GroupBy.NONE, 1).stream()
          .mapToLong(b -> b.events()).sum();
    } finally {
      if (output == null) {
        Files.deleteIfExists(file);
      }
    }
  }
}
