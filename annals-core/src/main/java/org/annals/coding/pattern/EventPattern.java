package org.annals.coding.pattern;

import java.util.List;
import java.util.Set;

/**
 * One entry of the pattern lexicon.
 *
 * @param id the entry id
 * @param code the CAMEO code it gives
 * @param noun whether the trigger is a noun (else a verb)
 * @param lemma the trigger lemma
 * @param particle the particle a phrasal verb needs ("up" of "step up"), or the modifier a noun
 *     needs ("hunger" of "hunger strike"), or empty
 * @param objects lemmas one of which must head the object, empty for any
 * @param noObject whether the trigger must have no object at all
 * @param targets the dependency slots where the target is looked for, in order
 * @param example our own example sentence
 * @param expect the example's expected {@code SRC>TGT} primary codes
 */
public record EventPattern(
    String id,
    String code,
    boolean noun,
    String lemma,
    String particle,
    Set<String> objects,
    boolean noObject,
    List<String> targets,
    String example,
    String expect) {

  /** Returns how specific the pattern is, higher first when several share a trigger. */
  public int specificity() {
    return (objects.isEmpty() ? 0 : 4) + (particle.isEmpty() ? 0 : 2) + (noObject ? 1 : 0);
  }
}
