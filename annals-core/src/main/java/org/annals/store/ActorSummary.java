package org.annals.store;

import java.util.Objects;

/**
 * An actor code seen in the store.
 *
 * @param code the actor code ({@code RUSGOV})
 * @param country its country (ISO alpha-3), or empty for organisations
 * @param name the lexicon entry that first named it
 * @param asSource how many events it is the source of
 * @param asTarget how many events it is the target of
 */
public record ActorSummary(String code, String country, String name, long asSource,
    long asTarget) {
  /** Validates the fields. */
  public ActorSummary {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
  }

  /** Returns how many events it takes part in. */
  public long events() {
    return asSource + asTarget;
  }
}
