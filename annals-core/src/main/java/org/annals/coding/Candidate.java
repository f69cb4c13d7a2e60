package org.annals.coding;

import org.annals.actors.ActorMatch;
import org.annals.coding.pattern.EventPattern;
import org.annals.nlp.ParsedSentence;

/**
 * An event found in one sentence, before dating, mode and cause.
 *
 * @param sentence the parsed sentence
 * @param trigger the trigger token index
 * @param pattern the pattern that fired
 * @param source the source actor
 * @param target the target actor
 * @param sourceHead the token heading the source phrase
 * @param targetHead the token heading the target phrase
 * @param path how the actors were reached in the dependency tree, for {@code --explain}
 */
public record Candidate(
    ParsedSentence sentence,
    int trigger,
    EventPattern pattern,
    ActorMatch source,
    ActorMatch target,
    int sourceHead,
    int targetHead,
    String path) {}
