package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of an aggregate: the events of one period and key.
 *
 * @param period the first day of the period, empty for {@link Period#ALL}
 * @param key the value grouped by ({@code 14}, {@code RUS>UKR}), or {@code ""} for {@link
 *     GroupBy#NONE}
 * @param events how many events
 * @param mentions how many mentions those events have
 * @param goldstein the sum of the events' Goldstein weights
 */
public record Bucket(Optional<LocalDate> period, String key, long events, long mentions,
    double goldstein) {
  /** Validates the fields. */
  public Bucket {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(key, "key");
  }
}
