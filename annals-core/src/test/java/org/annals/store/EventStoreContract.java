package org.annals.store;

import static org.annals.store.StoreFixtures.CRITICIZE;
import static org.annals.store.StoreFixtures.EXPEL;
import static org.annals.store.StoreFixtures.MEET;
import static org.annals.store.StoreFixtures.coded;
import static org.annals.store.StoreFixtures.codedBy;
import static org.annals.store.StoreFixtures.day;
import static org.annals.store.StoreFixtures.event;
import static org.annals.store.StoreFixtures.expel;
import static org.annals.store.StoreFixtures.month;
import static org.annals.store.StoreFixtures.withCause;
import static org.annals.store.StoreFixtures.withPlace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.CodedArticle;
import org.annals.events.Event;
import org.annals.events.Mode;
import org.annals.ingest.Article;
import org.annals.ingest.BadRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventStore} does, run on DuckDB and on PostgreSQL by the subclasses. */
abstract class EventStoreContract {
  EventStore store;

  /** Opens an empty store. */
  abstract EventStore open() throws Exception;

  /** Opens the store's database again, after {@code store.close()}. */
  abstract EventStore reopen() throws Exception;

  /**
   * Runs a statement on the store's database while the store is closed; returns the first column
   * of the first row, or an empty string.
   */
  abstract String sql(String statement) throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = open();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void saveAll_sameArticleTwice_storesItOnce() {
    CodedArticle a = coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08"));
    SaveResult first = store.saveAll(List.of(a));
    SaveResult second = store.saveAll(List.of(a));
    assertEquals(1, first.articles());
    assertEquals(1, first.newEvents());
    assertEquals(0, second.articles());
    assertEquals(List.of("a1"), second.skipped());
    assertEquals(new StoreStats(1, 1, 1, 2, 0), store.stats());
  }

  @Test
  void saveAll_storedArticleAmongNewOnes_skipsOnlyIt() {
    store.save(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")));
    SaveResult r = store.saveAll(List.of(coded("a2", "2024-03-10"),
        coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")),
        coded("a3", "2024-03-10", expel("a3", 1, "2024-03-09"))));
    assertEquals(2, r.articles());
    assertEquals(List.of("a1"), r.skipped());
    assertEquals(0, store.saveAll(List.of(coded("a2", "2024-03-10"), coded("a3",
        "2024-03-10", expel("a3", 1, "2024-03-09")))).articles());
    assertEquals(new StoreStats(3, 2, 2, 2, 0), store.stats());
  }

  @Test
  void saveAll_sameArticleTwiceInOneBatch_storesItOnce() {
    CodedArticle a = coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08"));
    SaveResult r = store.saveAll(List.of(a, a));
    assertEquals(1, r.articles());
    assertEquals(1, store.stats().mentions());
  }

  @Test
  void saveAll_sameHappeningInThreeArticles_oneEventThreeMentions() {
    store.saveAll(List.of(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")),
        coded("a2", "2024-03-10", expel("a2", 1, "2024-03-08"))));
    SaveResult later = store.save(coded("a3", "2024-03-11", expel("a3", 2, "2024-03-08")));
    assertEquals(0, later.newEvents());
    StoreStats s = store.stats();
    assertEquals(1, s.events());
    assertEquals(3, s.mentions());
    StoredEvent e = store.query(EventQuery.all()).items().get(0);
    assertEquals(3, e.mentions());
    assertEquals(3, e.articles());
    assertEquals("a1", e.event().doc());
    EventDetail d = store.event(e.id()).orElseThrow();
    assertEquals(List.of("a1", "a2", "a3"),
        d.mentions().stream().map(m -> m.article().id()).toList());
    assertEquals("a3#2", d.mentions().get(2).event().id());
  }

  @Test
  void saveAll_laterBatchWithPlace_addsCountsAndPlaceButKeepsTheFirstMention() {
    store.save(codedBy("a1", "Wire", expel("a1", 1, "2024-03-08")));
    store.save(codedBy("a2", "Daily", withPlace(expel("a2", 3, "2024-03-08"))));
    StoredEvent e = store.query(EventQuery.all()).items().get(0);
    assertEquals("a1", e.event().doc());
    assertEquals(0, e.event().sentence()); // a1#1's, not a2#3's
    assertEquals(10, e.event().triggerBegin());
    assertEquals("http://example.org/a1", e.url());
    assertEquals("Oslo", e.event().place().orElseThrow().name());
    assertEquals(2, e.mentions());
    assertEquals(2, e.articles());
    assertEquals(2, e.sources());
    assertEquals(e, store.event(e.id()).orElseThrow().event());
  }

  @Test
  void query_publishersOverSeveralBatches_countDistinctSources() {
    store.saveAll(List.of(codedBy("a1", "Wire", expel("a1", 1, "2024-03-08")),
        codedBy("a2", "Daily", expel("a2", 1, "2024-03-08"))));
    store.save(codedBy("a3", "Wire", expel("a3", 1, "2024-03-08")));
    store.save(codedBy("a4", "Herald", expel("a4", 1, "2024-03-08")));
    StoredEvent e = store.query(EventQuery.all()).items().get(0);
    assertEquals(3, e.sources());
    assertEquals(4, e.articles());
    assertEquals(4, e.mentions());
  }

  @Test
  void query_pageRow_isTheEventAsItsDetailReadsIt() {
    Event first = withPlace(expel("a1", 2, "2024-03-08"));
    Event cause = event("a1", 1, "RUSGOV", "NORGOV", CRITICIZE, Optional.of(day("2024-03-07")));
    store.saveAll(List.of(coded("a1", "2024-03-10", cause, withCause(first, "a1#1")),
        codedBy("a2", "Daily", expel("a2", 1, "2024-03-08"))));
    List<StoredEvent> page = store.query(EventQuery.all()).items();
    assertEquals(2, page.size());
    for (StoredEvent e : page) {
      assertEquals(e, store.event(e.id()).orElseThrow().event());
    }
    StoredEvent expelled = page.get(0);
    assertEquals("http://example.org/a1", expelled.url());
    assertEquals(Optional.of(2), expelled.event().count());
    assertEquals(Optional.of("NATO"), expelled.event().attribution());
    assertTrue(expelled.event().cause().isPresent());
    assertEquals(2, expelled.sources());
  }

  @Test
  void saveAll_dayPrecision_differentDaysAreDifferentEvents() {
    store.saveAll(List.of(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")),
        coded("a2", "2024-03-10", expel("a2", 1, "2024-03-09"))));
    assertEquals(2, store.stats().events());
  }

  @Test
  void saveAll_monthPrecision_sameMonthIsOneEvent() {
    Optional<org.annals.events.EventDate> march = Optional.of(month("2024-03"));
    store.saveAll(List.of(
        coded("a1", "2024-03-10", event("a1", 1, "NORGOV", "RUSGOV", EXPEL, march)),
        coded("a2", "2024-03-20", event("a2", 1, "NORGOV", "RUSGOV", EXPEL, march)),
        coded("a3", "2024-04-20", event("a3", 1, "NORGOV", "RUSGOV", EXPEL,
            Optional.of(month("2024-04"))))));
    assertEquals(2, store.stats().events());
    StoredEvent e = store.query(EventQuery.builder().to(LocalDate.of(2024, 3, 31)).build())
        .items().get(0);
    assertEquals("2024-03", e.event().date().orElseThrow().text());
    assertEquals(2, e.mentions());
  }

  @Test
  void saveAll_otherCodeModeOrDyad_areDifferentEvents() {
    Optional<org.annals.events.EventDate> d = Optional.of(day("2024-03-08"));
    Event negated = event("a2", 2, "NORGOV", "RUSGOV", EXPEL, d);
    negated = new Event(negated.doc(), negated.id(), negated.source(), negated.target(),
        negated.code(), negated.date(), Mode.NEGATED, negated.sentence(), negated.trigger(),
        negated.triggerBegin(), negated.triggerEnd(), negated.evidence(), negated.pattern(),
        negated.cause(), negated.place(), negated.count(), negated.attribution());
    store.saveAll(List.of(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08"),
        event("a1", 2, "NORGOV", "RUSGOV", CRITICIZE, d)),
        coded("a2", "2024-03-10", event("a2", 1, "RUSGOV", "NORGOV", EXPEL, d), negated)));
    assertEquals(4, store.stats().events());
  }

  @Test
  void saveAll_undated_isNotMergedAcrossArticles() {
    store.saveAll(List.of(
        coded("a1", "2024-03-10", event("a1", 1, "NOR", "RUS", EXPEL, Optional.empty())),
        coded("a2", "2024-03-10", event("a2", 1, "NOR", "RUS", EXPEL, Optional.empty()))));
    assertEquals(2, store.stats().events());
    StoredEvent e = store.query(EventQuery.all()).items().get(0);
    assertTrue(e.event().date().isEmpty());
  }

  @Test
  void saveAll_articleWithoutEvents_isStoredSoItIsSkippedNextTime() {
    store.save(coded("empty", "2024-03-10"));
    assertEquals(1, store.stats().articles());
    Article again = coded("empty", "2024-03-10").parsed().article();
    assertEquals(ArticleState.STORED, store.check(List.of(again)).get("empty"));
  }

  @Test
  void check_sameIdOtherText_isChanged() {
    store.save(coded("a1", "2024-03-10", "First text.", expel("a1", 1, "2024-03-08")));
    Article other = coded("a1", "2024-03-10", "Another text.").parsed().article();
    Article fresh = coded("a9", "2024-03-10").parsed().article();
    assertEquals(ArticleState.CHANGED, store.check(List.of(other, fresh)).get("a1"));
    assertEquals(ArticleState.NEW, store.check(List.of(other, fresh)).get("a9"));
    SaveResult r = store.save(coded("a1", "2024-03-10", "Another text."));
    assertEquals(List.of("a1"), r.changed());
  }

  @Test
  void event_withCauseAndPlace_keepsThemOnMentionsAndEvent() {
    Event cause = expel("a1", 1, "2024-03-08");
    Event response = StoreFixtures.withCause(
        event("a1", 2, "RUSGOV", "NORGOV", EXPEL, Optional.of(day("2024-03-09"))), "a1#1");
    store.save(coded("a1", "2024-03-10", StoreFixtures.withPlace(cause), response));
    StoredEvent first = store.query(EventQuery.builder().source("NOR").build()).items().get(0);
    StoredEvent second = store.query(EventQuery.builder().source("RUS").build()).items().get(0);
    assertEquals(Optional.of(Long.toString(first.id())), second.event().cause());
    assertEquals("Oslo", first.event().place().orElseThrow().name());
    assertEquals(Optional.of(2), first.event().count());
    assertEquals("http://example.org/a1", first.url());
    Mention m = store.event(second.id()).orElseThrow().mentions().get(0);
    assertEquals(Optional.of("a1#1"), m.event().cause());
    assertEquals("Title a1", m.article().title());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 10)), m.article().published());
    assertEquals("RUSGOV", m.event().source().code());
    assertEquals(EXPEL, m.event().code());
  }

  @Test
  void event_unknownId_isEmpty() {
    assertTrue(store.event(42).isEmpty());
    assertTrue(store.article("nope").isEmpty());
  }

  @Test
  void query_filters_selectTheMatchingEvents() {
    saveMix();
    assertEquals(3, count(EventQuery.builder().actor("NOR").build()));
    assertEquals(2, count(EventQuery.builder().source("NOR").build()));
    assertEquals(1, count(EventQuery.builder().target("NOR").build()));
    assertEquals(2, count(EventQuery.builder().country("FRA").build()));
    assertEquals(2, count(EventQuery.builder().root("17").build()));
    assertEquals(2, count(EventQuery.builder().code("17").build()));
    assertEquals(1, count(EventQuery.builder().code("036").build()));
    assertEquals(2, count(EventQuery.builder().quad(4).build()));
    assertEquals(4, count(EventQuery.builder().mode(Mode.ASSERTED).build()));
    assertEquals(2, count(EventQuery.builder().from(LocalDate.of(2024, 3, 9)).build()));
    assertEquals(3, count(EventQuery.builder().to(LocalDate.of(2024, 3, 9)).build()));
    assertEquals(1, count(EventQuery.builder().text("fraGOV VERBED").build()));
    assertEquals(1, count(EventQuery.builder().article("b").build()));
    assertEquals(1, count(EventQuery.builder().actor("NOR").root("11").build()));
  }

  @Test
  void query_valuesWithSqlAndWildcards_matchLiterally() {
    saveMix();
    assertEquals(0, count(EventQuery.builder().text("'; DROP TABLE events; --").build()));
    assertEquals(0, count(EventQuery.builder().actor("%").build()));
    assertEquals(0, count(EventQuery.builder().text("_").build()));
    assertEquals(4, store.stats().events());
  }

  @Test
  void query_pages_coverEveryEventOnceNewestFirst() {
    List<CodedArticle> batch = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String date = LocalDate.of(2024, 1, 1).plusDays(i % 7).toString();
      Event e = event("p" + i, 1, "AC" + i, "RUS", EXPEL, i % 5 == 0 ? Optional.empty()
          : Optional.of(day(date)));
      batch.add(coded("p" + i, "2024-02-01", e));
    }
    store.saveAll(batch);
    // page sizes that end a page on the last dated event (4) and between dated and undated (3)
    for (int limit : new int[] {4, 3}) {
      List<StoredEvent> all = readAllPages(limit);
      assertEquals(25, all.size());
      for (int i = 1; i < all.size(); i++) {
        Optional<LocalDate> a = all.get(i - 1).event().date().map(d -> d.day());
        Optional<LocalDate> b = all.get(i).event().date().map(d -> d.day());
        assertTrue(a.isEmpty() ? b.isEmpty() : b.isEmpty() || !b.get().isAfter(a.get()),
            "newest first, undated last: " + a + " then " + b);
      }
    }
  }

  /** Reads every page of all events, checking that none comes twice and pages are full. */
  private List<StoredEvent> readAllPages(int limit) {
    Set<Long> seen = new HashSet<>();
    List<StoredEvent> all = new ArrayList<>();
    EventQuery q = EventQuery.builder().limit(limit).build();
    while (true) {
      Page<StoredEvent> p = store.query(q);
      for (StoredEvent e : p.items()) {
        assertTrue(seen.add(e.id()), "event twice: " + e.id());
        all.add(e);
      }
      if (p.next().isEmpty()) {
        return all;
      }
      assertEquals(limit, p.items().size());
      q = q.withCursor(p.next());
    }
  }

  @Test
  void query_badCursor_isRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> EventQuery.builder().cursor("not a cursor").build());
  }

  @Test
  void forEach_readsEveryMatchingEventOldestFirst() {
    saveMix();
    List<StoredEvent> out = new ArrayList<>();
    store.forEach(EventQuery.builder().limit(1).build(), out::add);
    assertEquals(4, out.size());
    assertEquals(LocalDate.of(2024, 3, 7), out.get(0).event().date().orElseThrow().day());
  }

  @Test
  void aggregate_byMonthAndRoot_countsEventsMentionsAndGoldstein() {
    saveMix();
    List<Bucket> byRoot = store.aggregate(EventQuery.all(), Period.MONTH, GroupBy.ROOT, 100);
    assertEquals(3, byRoot.size());
    Bucket expel = byRoot.get(0);
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), expel.period());
    assertEquals("17", expel.key());
    assertEquals(2, expel.events());
    assertEquals(3, expel.mentions());
    assertEquals(-10.0, expel.goldstein(), 1e-9);
    List<Bucket> dyads = store.aggregate(EventQuery.builder().source("NOR").build(), Period.ALL,
        GroupBy.DYAD, 10);
    assertEquals(Optional.empty(), dyads.get(0).period());
    assertTrue(dyads.stream().anyMatch(b -> b.key().equals("NORGOV>FRAGOV")
        && b.goldstein() == -2.0), dyads.toString());
    List<Bucket> days = store.aggregate(EventQuery.all(), Period.DAY, GroupBy.NONE, 100);
    assertEquals(List.of("2024-03-07", "2024-03-08", "2024-03-09", "2024-03-10"),
        days.stream().map(b -> b.period().orElseThrow().toString()).toList());
    assertEquals(1, store.aggregate(EventQuery.all(), Period.WEEK, GroupBy.QUAD, 1).size());
  }

  @Test
  void aggregate_byDyadWithFewBuckets_givesTheEarliestPeriodsBucketsInOrder() {
    store.saveAll(List.of(
        coded("j", "2024-01-20", on("j", 1, "NORGOV", "RUSGOV", "2024-01-10"),
            on("j", 2, "FRAGOV", "RUSGOV", "2024-01-11"),
            on("j", 3, "FRAGOV", "RUSGOV", "2024-01-12")),
        coded("f", "2024-02-20", on("f", 1, "NORGOV", "RUSGOV", "2024-02-03")),
        coded("m", "2024-05-20", on("m", 1, "USAGOV", "CHNGOV", "2024-05-01"),
            on("m", 2, "CHNGOV", "USAGOV", "2024-05-02"),
            on("m", 3, "CHNGOV", "USAGOV", "2024-05-03"))));
    List<Bucket> all = store.aggregate(EventQuery.all(), Period.MONTH, GroupBy.DYAD, 100);
    assertEquals(List.of("2024-01-01 FRAGOV>RUSGOV 2", "2024-01-01 NORGOV>RUSGOV 1",
        "2024-02-01 NORGOV>RUSGOV 1", "2024-05-01 CHNGOV>USAGOV 2",
        "2024-05-01 USAGOV>CHNGOV 1"), all.stream().map(b -> b.period().orElseThrow() + " "
            + b.key() + " " + b.events()).toList());
    // two buckets fill from January alone; four need February and then May
    assertEquals(all.subList(0, 2),
        store.aggregate(EventQuery.all(), Period.MONTH, GroupBy.DYAD, 2));
    assertEquals(all.subList(0, 4),
        store.aggregate(EventQuery.all(), Period.MONTH, GroupBy.DYAD, 4));
    assertEquals(all.subList(3, 5), store.aggregate(EventQuery.builder()
        .from(LocalDate.of(2024, 3, 1)).build(), Period.MONTH, GroupBy.DYAD, 100));
    assertEquals(List.of(), store.aggregate(EventQuery.builder().actor("DEU").build(),
        Period.WEEK, GroupBy.SOURCE, 10));
  }

  private static Event on(String doc, int n, String source, String target, String date) {
    return event(doc, n, source, target, EXPEL, Optional.of(day(date)));
  }

  @Test
  void actors_countEventsAsSourceAndTarget() {
    saveMix();
    List<ActorSummary> actors = store.actors();
    ActorSummary nor = actors.stream().filter(a -> a.code().equals("NORGOV")).findFirst()
        .orElseThrow();
    assertEquals(2, nor.asSource());
    assertEquals(1, nor.asTarget());
    assertEquals("NOR", nor.country());
    assertEquals("norgov", nor.name());
    assertEquals(nor, actors.get(0));
  }

  @Test
  void actors_seenInEarlierBatches_areStoredOnceAndNewOnesAdded() {
    store.save(coded("b1", "2024-03-10", expel("b1", 1, "2024-03-08")));
    store.save(coded("b2", "2024-03-11", expel("b2", 1, "2024-03-09"),
        event("b2", 2, "NORGOV", "FRA", CRITICIZE, Optional.of(day("2024-03-09")))));
    store.save(coded("b3", "2024-03-12", expel("b3", 1, "2024-03-09")));

    List<String> codes = store.actors().stream().map(ActorSummary::code).sorted().toList();
    assertEquals(List.of("FRA", "NORGOV", "RUSGOV"), codes);
    assertEquals(3, store.stats().actors());
  }

  @Test
  void quarantine_sameRecordTwice_isKeptOnce() {
    BadRecord broken = new BadRecord("in.jsonl", 2, "broken JSON: x", true);
    BadRecord warning = new BadRecord("in.jsonl", 5, "not UTF-8; read as Windows-1252", false);
    store.quarantine(List.of(broken, warning));
    store.quarantine(List.of(broken));
    assertEquals(List.of(broken, warning), store.quarantined());
    assertEquals(2, store.stats().quarantined());
  }

  @Test
  void exportTable_csv_hasHeaderAndOneRowPerEvent() throws Exception {
    saveMix();
    java.nio.file.Path f = java.nio.file.Files.createTempFile("annals-export", ".csv");
    try {
      store.exportTable(EventQuery.builder().root("17").build(), TableFormat.CSV, f);
      List<String> lines = java.nio.file.Files.readAllLines(f);
      assertEquals(3, lines.size(), lines.toString());
      assertTrue(lines.get(0).startsWith("id,event_date,date_precision,source"), lines.get(0));
      assertTrue(lines.get(1).contains("2024-03-07"), lines.get(1));
    } finally {
      java.nio.file.Files.deleteIfExists(f);
    }
  }

  @Test
  void exportTable_parquet_writesAFile() throws Exception {
    saveMix();
    java.nio.file.Path f = java.nio.file.Files.createTempFile("annals-export", ".parquet");
    try {
      store.exportTable(EventQuery.all(), TableFormat.PARQUET, f);
      byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(f), 4);
      assertEquals("PAR1", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
      assertEquals(4, ParquetRows.count(f));
    } finally {
      java.nio.file.Files.deleteIfExists(f);
    }
  }

  @Test
  void saveAll_failingBatch_leavesNothingBehind() {
    store.save(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")));
    CodedArticle bad = coded("a2", "2024-03-10", expel("a2", 1, "2024-03-08"));
    CodedArticle broken = new CodedArticle(bad.parsed(), null, java.util.Map.of());
    assertThrows(RuntimeException.class, () -> store.saveAll(List.of(
        coded("a3", "2024-03-10", expel("a3", 1, "2024-03-09")), broken)));
    assertEquals(1, store.stats().articles());
    assertFalse(store.check(List.of(bad.parsed().article())).get("a2") == ArticleState.STORED);
    store.save(coded("a3", "2024-03-10", expel("a3", 1, "2024-03-09")));
    assertEquals(2, store.stats().events());
  }

  @Test
  void saveBatches_oneTransaction_countsAcrossBatchesAsOneSaveAllWould() {
    SaveResult r = store.saveBatches(List.of(
        List.of(codedBy("a1", "Wire", expel("a1", 1, "2024-03-08"))),
        List.of(codedBy("a2", "Daily", expel("a2", 1, "2024-03-08")),
            codedBy("a1", "Wire", expel("a1", 1, "2024-03-08"))),
        List.of(codedBy("a3", "Wire", expel("a3", 1, "2024-03-09")))).iterator());
    assertEquals(3, r.articles());
    assertEquals(List.of("a1"), r.skipped());
    assertEquals(3, r.mentions());
    assertEquals(2, r.newEvents());
    StoredEvent e = store.query(EventQuery.all()).items().get(1);
    assertEquals("a1", e.event().doc());
    assertEquals(2, e.mentions());
    assertEquals(2, e.sources());
    assertEquals(new StoreStats(3, 2, 3, 2, 0), store.stats());
  }

  @Test
  void saveBatches_sameHappeningInEveryBatch_countsAsSeparateSavesWould() {
    store.save(codedBy("a0", "Wire", expel("a0", 1, "2024-03-08")));
    store.saveBatches(List.of(
        List.of(codedBy("a1", "Daily", expel("a1", 1, "2024-03-08"),
            expel("a1", 2, "2024-03-09"))),
        List.of(codedBy("a2", "Herald", withPlace(expel("a2", 1, "2024-03-08")),
            expel("a2", 2, "2024-03-09"))),
        List.of(codedBy("a3", "Daily", expel("a3", 1, "2024-03-08"),
            withPlace(expel("a3", 2, "2024-03-09"))))).iterator());
    List<StoredEvent> events = store.query(EventQuery.all()).items();
    StoredEvent ninth = events.get(0);
    StoredEvent eighth = events.get(1);
    assertEquals(List.of(3, 3, 2), List.of(ninth.mentions(), ninth.articles(), ninth.sources()));
    assertEquals("a1", ninth.event().doc());
    assertEquals("Oslo", ninth.event().place().orElseThrow().name());
    assertEquals(List.of(4, 4, 3), List.of(eighth.mentions(), eighth.articles(),
        eighth.sources()));
    assertEquals("a0", eighth.event().doc());
    assertEquals("Oslo", eighth.event().place().orElseThrow().name());
    assertEquals(eighth, store.event(eighth.id()).orElseThrow().event());
    assertEquals(ninth, store.event(ninth.id()).orElseThrow().event());
    store.save(codedBy("a4", "Post", expel("a4", 1, "2024-03-08")));
    assertEquals(4, store.query(EventQuery.all()).items().get(1).sources());
  }

  @Test
  void saveBatches_failingLaterBatch_rollsBackTheEarlierOnesToo() {
    CodedArticle bad = coded("a2", "2024-03-10", expel("a2", 1, "2024-03-08"));
    CodedArticle broken = new CodedArticle(bad.parsed(), null, java.util.Map.of());
    assertThrows(RuntimeException.class, () -> store.saveBatches(List.of(
        List.of(coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08"))),
        List.of(broken)).iterator()));
    assertEquals(new StoreStats(0, 0, 0, 0, 0), store.stats());
    SaveResult again = store.saveAll(List.of(
        coded("a1", "2024-03-10", expel("a1", 1, "2024-03-08")), bad));
    assertEquals(2, again.articles());
    assertEquals(1, again.newEvents());
    assertEquals(new StoreStats(2, 1, 2, 2, 0), store.stats());
  }

  @Test
  void query_shownObjectsOfVersion2_areReadAsBeforeAndVersion3MakesThemArrays() throws Exception {
    saveMix();
    store.save(codedBy("d", "Daily", withPlace(withCause(expel("d", 2, "2024-03-08"), "d#1")),
        expel("d", 1, "2024-03-07")));
    List<StoredEvent> before = store.query(EventQuery.all()).items();
    store.close();
    ObjectMapper json = new ObjectMapper();
    for (StoredEvent e : before) { // what version 2 wrote: an object without absent values
      List<Object> values = json.readValue(sql("SELECT shown FROM events WHERE id = " + e.id()),
          new TypeReference<List<Object>>() {});
      Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          object.put(EventRows.SHOWN.get(i), values.get(i));
        }
      }
      sql("UPDATE events SET shown = '" + json.writeValueAsString(object).replace("'", "''")
          + "' WHERE id = " + e.id());
    }
    store = reopen();
    assertEquals(before, store.query(EventQuery.all()).items());
    store.close();
    for (String statement :
        Migrations.statements(Migrations.read("migration/V3__compact_shown.sql"))) {
      sql(statement);
    }
    assertEquals("0", sql("SELECT COUNT(*) FROM events WHERE shown NOT LIKE '[%'"));
    store = reopen();
    assertEquals(before, store.query(EventQuery.all()).items());
  }

  /** Four events over four days, with one reported twice. */
  void saveMix() {
    Optional<org.annals.events.EventDate> d7 = Optional.of(day("2024-03-07"));
    store.saveAll(List.of(
        coded("a", "2024-03-10", event("a", 1, "NORGOV", "RUSGOV", EXPEL, d7),
            event("a", 2, "NORGOV", "FRAGOV", CRITICIZE, Optional.of(day("2024-03-08")))),
        coded("b", "2024-03-10", event("b", 1, "FRAGOV", "NORGOV", MEET,
            Optional.of(day("2024-03-09")))),
        coded("c", "2024-03-11", event("c", 1, "NORGOV", "RUSGOV", EXPEL, d7),
            event("c", 2, "USAGOV", "RUSMIL", EXPEL, Optional.of(day("2024-03-10"))))));
  }

  private int count(EventQuery q) {
    return store.query(q.toBuilder().limit(100).build()).items().size();
  }
}
