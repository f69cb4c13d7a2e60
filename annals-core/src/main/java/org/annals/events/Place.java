package org.annals.events;

import java.util.Objects;

/**
 * Where an event happened: a gazetteer name with its country and coordinates.
 *
 * @param name the place name as in the gazetteer
 * @param country ISO 3166-1 alpha-3 code
 * @param kind {@code country}, {@code capital} or {@code city}
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 */
public record Place(String name, String country, String kind, double lat, double lon) {
  /** Validates the fields. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
  }
}
