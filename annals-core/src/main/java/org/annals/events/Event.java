package org.annals.events;

import java.util.Objects;
import java.util.Optional;

/**
 * One coded event: who ({@code source}) did what ({@code code}) to whom ({@code target}), when
 * ({@code date}), in which {@code mode}, and where in which article it was read.
 *
 * @param doc the article id
 * @param id the event id, unique within a run ({@code doc#n})
 * @param source the acting actor
 * @param target the actor acted upon
 * @param code the CAMEO code, 2 to 4 digits
 * @param date when it happened, if known
 * @param mode asserted, future, hypothetical or negated
 * @param sentence the 0-based index of the sentence in the article
 * @param trigger the word that states the event
 * @param triggerBegin the trigger's character offset in the article text
 * @param triggerEnd the trigger's end offset
 * @param evidence the sentence text
 * @param pattern the id of the lexicon pattern that fired
 * @param cause the id of the event this one responds to, if any
 * @param place where it happened, if known
 * @param count how many people or things the event involved ("expelled eight"), if stated
 * @param attribution who reports it ("NATO said", "according to Reuters"), if stated
 */
public record Event(
    String doc,
    String id,
    ActorRef source,
    ActorRef target,
    CameoCode code,
    Optional<EventDate> date,
    Mode mode,
    int sentence,
    String trigger,
    int triggerBegin,
    int triggerEnd,
    String evidence,
    String pattern,
    Optional<String> cause,
    Optional<Place> place,
    Optional<Integer> count,
    Optional<String> attribution) {

  /** Validates the fields. */
  public Event {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(attribution, "attribution");
  }

  /** Returns a copy with another id and cause. */
  public Event withId(String newId, Optional<String> newCause) {
    return new Event(doc, newId, source, target, code, date, mode, sentence, trigger, triggerBegin,
        triggerEnd, evidence, pattern, newCause, place, count, attribution);
  }
}
