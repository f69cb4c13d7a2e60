package org.annals.store;

/**
 * The sizes of a store's tables.
 *
 * @param articles articles stored
 * @param events events (happenings)
 * @param mentions event mentions
 * @param actors actor codes
 * @param quarantined quarantined input records
 */
public record StoreStats(long articles, long events, long mentions, long actors,
    long quarantined) {}
