package org.annals.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.CodedArticle;
import org.annals.ingest.Article;
import org.annals.ingest.BadRecord;

/**
 * The event database: coded articles go in, one event per happening comes out with its mentions,
 * as in GDELT's events and mentions tables. Mentions with the same source, target, CAMEO code and
 * mode whose dates fall in the same window (the same day for a day date, the same month for a month
 * date, the same year for a year date) are one event; an undated mention is an event of its own
 * article.
 *
 * <p>Writes are idempotent and atomic per call: {@link #saveAll} stores each article once, keyed
 * by its id, with its mentions, in one transaction, so a run that is killed and started again
 * stores nothing twice and loses nothing that was committed. Every SQL statement takes its values
 * as bind parameters.
 *
 * <p>Implementations are thread-safe: reads run on their own connections, concurrently with one
 * another and with a write, and see the last committed {@code saveAll}. An embedded DuckDB file can
 * be open in only one process at a time (DuckDB takes a file lock): a server that shows the
 * database while articles come in must run the ingest in its own process, on the same {@code
 * EventStore}; separate ingest and server processes need PostgreSQL, or the server opened only
 * between ingests. See {@link EventStores}.
 */
public interface EventStore extends AutoCloseable {
  /**
   * Stores coded articles with their events in one transaction; articles the store holds already,
   * or that come twice, are skipped.
   */
  SaveResult saveAll(Collection<CodedArticle> articles);

  /**
   * Stores batches of coded articles in one transaction, writing each batch as {@code batches}
   * gives it, so that only one batch at a time need be in memory; articles the store holds
   * already, or that come twice, are skipped. A large transaction costs the store less per row
   * than several small ones: {@link StoreWriter} joins the batches that wait.
   */
  SaveResult saveBatches(Iterator<? extends Collection<CodedArticle>> batches);

  /** Stores one coded article with its events, unless the store holds it already. */
  default SaveResult save(CodedArticle article) {
    return saveAll(List.of(article));
  }

  /**
   * Loads a file of events coded elsewhere, the JSON lines that {@code annals code} writes, in one
   * transaction, with the same result as saving the coded articles: one event per happening, the
   * counts of events the store holds added to, articles the store holds skipped. Lines that cannot
   * be loaded (broken JSON, a required field missing, a bad date) are quarantined with their line
   * number, and the rest is loaded. Articles without events write no lines, so they are not
   * stored. An article whose lines carry no text hash is stored with an empty one, which {@link
   * #check} takes for the same text.
   */
  CodedLoad loadCoded(Path file);

  /** Returns, for each article, whether the store holds it already, keyed by article id. */
  Map<String, ArticleState> check(Collection<Article> articles);

  /** Records input records that were skipped or read with a warning; the same record once. */
  void quarantine(Collection<BadRecord> records);

  /** Returns the quarantined records, by file and line. */
  List<BadRecord> quarantined();

  /** Returns one page of the events that match, newest first. */
  Page<StoredEvent> query(EventQuery query);

  /**
   * Calls {@code action} for every event that matches, oldest first, ignoring the query's limit
   * and cursor; for exports.
   */
  void forEach(EventQuery query, Consumer<StoredEvent> action);

  /** Returns an event with all its mentions. */
  Optional<EventDetail> event(long id);

  /** Returns a stored article. */
  Optional<StoredArticle> article(String id);

  /**
   * Counts the events that match by period and key, ordered by period then by count (highest
   * first); at most {@code maxBuckets} buckets.
   */
  List<Bucket> aggregate(EventQuery filter, Period period, GroupBy by, int maxBuckets);

  /** Returns the actor codes seen, those in most events first. */
  List<ActorSummary> actors();

  /** Returns the sizes of the tables. */
  StoreStats stats();

  /**
   * Writes the events that match as a flat table, one row per event with its first mention's
   * evidence.
   */
  void exportTable(EventQuery filter, TableFormat format, Path file);

  /** Returns a short description of the database, such as {@code duckdb:/data/annals.duckdb}. */
  String describe();

  /** Closes the connections; a DuckDB file is released for other processes. */
  @Override
  void close();
}
