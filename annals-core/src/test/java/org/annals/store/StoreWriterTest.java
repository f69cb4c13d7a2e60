package org.annals.store;

import static org.annals.store.StoreFixtures.coded;
import static org.annals.store.StoreFixtures.expel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.annals.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoreWriter} on a DuckDB file. */
class StoreWriterTest {
  @TempDir Path dir;

  @Test
  void submit_whileStoringKeepsUp_commitsEachBatchAlone() {
    List<SaveResult> commits = Collections.synchronizedList(new ArrayList<>());
    try (EventStore store = EventStores.duckDb(dir.resolve("a.duckdb"))) {
      try (StoreWriter w = new StoreWriter(store, 1000, commits::add)) {
        for (int i = 0; i < 3; i++) {
          w.submit(List.of(article(i)));
          w.flush();
        }
      }
      assertEquals(3, commits.size());
      assertEquals(new StoreStats(3, 3, 3, 2, 0), store.stats());
    }
  }

  @Test
  void submit_whileABatchIsWritten_joinsTheWaitingBatchesInOneTransaction() throws Exception {
    List<SaveResult> commits = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch release = new CountDownLatch(1);
    try (EventStore store = EventStores.duckDb(dir.resolve("b.duckdb"))) {
      try (StoreWriter w = new StoreWriter(store, 1000, r -> {
        await(release); // the first commit waits until the next batches are queued
        commits.add(r);
      })) {
        w.submit(List.of(article(0)));
        for (int i = 1; i < 4; i++) {
          w.submit(List.of(article(i), article(i + 10)));
        }
        release.countDown();
      }
      assertEquals(7, commits.stream().mapToInt(SaveResult::articles).sum());
      assertTrue(commits.size() < 4, "waiting batches share a transaction: " + commits);
      assertEquals(7, store.stats().articles());
    }
  }

  @Test
  void submit_afterAFailedWrite_throwsItsError() {
    EventStore store = EventStores.duckDb(dir.resolve("c.duckdb"));
    StoreWriter w = new StoreWriter(store, 1000, r -> {});
    store.close(); // every write fails
    w.submit(List.of(article(0)));
    assertThrows(StoreException.class, w::flush);
    assertThrows(StoreException.class, () -> w.submit(List.of(article(1))));
    assertThrows(StoreException.class, w::close);
  }

  @Test
  void close_inTryWithResourcesAfterAFailedSubmit_throwsTheWriteError() {
    EventStore store = EventStores.duckDb(dir.resolve("d.duckdb"));
    store.close();
    StoreException e = assertThrows(StoreException.class, () -> {
      try (StoreWriter w = new StoreWriter(store, 1000, r -> {})) {
        w.submit(List.of(article(0)));
        w.flush();
      }
    });
    assertTrue(e.getMessage().contains("d.duckdb"), e.getMessage());
  }

  private static CodedArticle article(int i) {
    String id = "a" + i;
    return coded(id, "2024-03-10", expel(id, 1, "2024-03-0" + (1 + i % 9)));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
