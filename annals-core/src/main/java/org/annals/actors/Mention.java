package org.annals.actors;

/**
 * A lexicon entry found in a sentence.
 *
 * @param begin first token index
 * @param end token index after the last
 * @param kind what kind of entry matched
 * @param code the code it carries: an ISO3 country for countries, adjectives, capitals and places;
 *     an actor code for organizations and people; a 3-letter role for agents
 * @param entry the lexicon entry that matched, for provenance ({@code countries.tsv:RUS:Russia})
 */
public record Mention(int begin, int end, Kind kind, String code, String entry) {
  /** What kind of lexicon entry a mention is. */
  public enum Kind {
    PERSON,
    ORG,
    ORG_NOUN,
    COUNTRY,
    CAPITAL,
    ADJECTIVE,
    AGENT,
    PLACE,
    PRONOUN
  }

  /** Returns whether token {@code i} lies inside this mention. */
  public boolean covers(int i) {
    return i >= begin && i < end;
  }

  /** Returns whether this mention names a country by itself (country, capital, place, adjective). */
  public boolean isCountryLike() {
    return kind == Kind.COUNTRY || kind == Kind.CAPITAL || kind == Kind.ADJECTIVE
        || kind == Kind.PLACE;
  }
}
