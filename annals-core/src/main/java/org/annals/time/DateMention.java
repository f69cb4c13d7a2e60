package org.annals.time;

import org.annals.events.EventDate;

/**
 * A date expression in a sentence.
 *
 * @param begin first token
 * @param end token after the last
 * @param date the resolved date
 * @param historical whether it names a time clearly before the publication period
 * @param narrative whether it is relative to the story's current past time ("days later")
 */
public record DateMention(int begin, int end, EventDate date, boolean historical,
    boolean narrative) {}
