package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The filter of stored event ids, without a database. */
class StoredIdsTest {
  @Test
  void mightHold_everyAddedId_isHeld() {
    StoredIds ids = new StoredIds(1000);
    SplittableRandom random = new SplittableRandom(1);
    long[] added = new long[100_000];
    for (int i = 0; i < added.length; i++) {
      added[i] = random.nextLong() & Long.MAX_VALUE;
      ids.add(added[i]);
    }
    for (long id : added) {
      assertTrue(ids.mightHold(id), "lost " + id);
    }
  }

  @Test
  void mightHold_idsNeverAdded_areMostlyRuledOut() {
    StoredIds ids = new StoredIds(StoredIds.MIN_CAPACITY);
    SplittableRandom random = new SplittableRandom(2);
    for (long i = 0; i < StoredIds.MIN_CAPACITY; i++) {
      ids.add(random.nextLong() & Long.MAX_VALUE);
    }
    int wrong = 0;
    for (int i = 0; i < 100_000; i++) {
      if (ids.mightHold(random.nextLong() & Long.MAX_VALUE)) {
        wrong++;
      }
    }
    // about 0.3% at full capacity; 1% leaves room for chance but not for a broken hash
    assertTrue(wrong < 1000, wrong + " false positives in 100,000");
  }

  @Test
  void full_afterMoreIdsThanItsCapacity() {
    StoredIds ids = new StoredIds(0);
    for (long i = 1; i <= StoredIds.MIN_CAPACITY; i++) {
      ids.add(i * 0x9E3779B97F4A7C15L >>> 1);
    }
    assertFalse(ids.full());
    ids.add(42);
    assertTrue(ids.full());
  }

  @Test
  void keyOf_articleIds_differAndAreHeldOnceAdded() {
    StoredIds ids = new StoredIds(1000);
    java.util.Set<Long> keys = new java.util.HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String id = "article-" + i;
      assertTrue(keys.add(StoredIds.keyOf(id)), "same key for two ids at " + id);
      ids.add(StoredIds.keyOf(id));
    }
    assertTrue(ids.mightHold(StoredIds.keyOf("article-99999")));
    assertFalse(ids.mightHold(StoredIds.keyOf("article-100000"))
        && ids.mightHold(StoredIds.keyOf("article-100001"))
        && ids.mightHold(StoredIds.keyOf("article-100002")));
  }
}
