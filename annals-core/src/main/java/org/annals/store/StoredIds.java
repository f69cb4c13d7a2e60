package org.annals.store;

/**
 * The event ids (or article ids, through {@link #keyOf}) a store holds, as a Bloom filter. A
 * batch's ids that it rules out are new for sure; only the few that it might hold are looked up in
 * the database. Looking up every id of every batch took a tenth of the writer's time on a million
 * events, and more as the table grew (issue 5, docs/performance.md). It answers "might hold"
 * wrongly for about 0.3% of new ids at full capacity, which only costs a lookup.
 */
final class StoredIds {
  /** Bits per id of capacity: with {@link #PROBES} probes, 0.3% false positives when full. */
  private static final int BITS_PER_ID = 12;

  private static final int PROBES = 5;

  /** The smallest capacity: 1M ids in 1.5 MB, enough for a test or a first load. */
  static final long MIN_CAPACITY = 1 << 20;

  private final long[] words;
  private final long bits;
  private final long capacity;
  private long count;

  /** Makes an empty filter for {@code capacity} ids (at least {@link #MIN_CAPACITY}). */
  StoredIds(long capacity) {
    this.capacity = Math.max(MIN_CAPACITY, capacity);
    long words64 = (this.capacity * BITS_PER_ID + 63) / 64;
    if (words64 > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many ids for one filter: " + capacity);
    }
    this.words = new long[(int) words64];
    this.bits = words64 * 64;
  }

  /**
   * Returns the key of an article id for the filter: a 64-bit hash of its characters, mixed so
   * that its bits are as uniform as an event id's (the finalizer of MurmurHash3).
   */
  static long keyOf(String id) {
    long h = 1125899906842597L;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  /** Notes an id as stored. */
  void add(long id) {
    long h = id;
    long step = step(id);
    for (int i = 0; i < PROBES; i++) {
      long bit = Long.remainderUnsigned(h, bits);
      words[(int) (bit >>> 6)] |= 1L << bit;
      h += step;
    }
    count++;
  }

  /** Returns false if the id was never added; true if it was, or rarely if it was not. */
  boolean mightHold(long id) {
    long h = id;
    long step = step(id);
    for (int i = 0; i < PROBES; i++) {
      long bit = Long.remainderUnsigned(h, bits);
      if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
      h += step;
    }
    return true;
  }

  /** True once more ids were added than the filter was sized for: build a larger one. */
  boolean full() {
    return count > capacity;
  }

  /**
   * The second hash of double hashing. Event ids are already uniform (a SHA-256 prefix), so the id
   * is the first hash and a mix of it the second; odd, so that the probes differ.
   */
  private static long step(long id) {
    long z = id * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
    return (z ^ (z >>> 29)) | 1;
  }
}
