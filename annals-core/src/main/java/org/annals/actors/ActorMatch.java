package org.annals.actors;

/**
 * An actor resolved from a phrase.
 *
 * @param code the actor code ({@code RUSGOV})
 * @param begin first token index of the words that named it
 * @param end token index after the last
 * @param entry the lexicon entries that made it, for provenance
 */
public record ActorMatch(String code, int begin, int end, String entry) {}
