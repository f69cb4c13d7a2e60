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
 * @param objects lemmas one of which must head the object, empty for any; {@value #ANY_OBJECT}
 *     alone for any object at all, and {@value #MONEY} also for any currency sign or word; an
 *     item of several words ("tear gas") is the object's head with the compound words before it;
 *     an item marked {@value #AS} heads the verb's "as" phrase instead
 * @param noObject whether the trigger must have no object at all, or, with objects listed, no
 *     object among them
 * @param targets the dependency slots where the target is looked for, in order
 * @param example our own example sentence
 * @param expect the example's expected {@code SRC>TGT} primary codes
 * @param phraseObjects whether an object item has several words, the head's modifiers first
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
    String expect,
    boolean phraseObjects) {

  /** An entry whose object items of several words are found from the items themselves. */
  public EventPattern(String id, String code, boolean noun, String lemma, String particle,
      Set<String> objects, boolean noObject, List<String> targets, String example,
      String expect) {
    this(id, code, noun, lemma, particle, objects, noObject, targets, example, expect,
        objects.stream().anyMatch(o -> o.indexOf(' ') >= 0));
  }

  /** The object item of a trigger that needs an object, whatever it is ("returned X to Y"). */
  public static final String ANY_OBJECT = "+";
  /**
   * The mark of an object item that heads the verb's "as" phrase, the object being what is so
   * used ("as:shield": "held civilians as human shields").
   */
  public static final String AS = "as:";
  /** The object item that stands for money: "$", "€", "dollars", "kroner". */
  public static final String MONEY = "$";

  private static final Set<String> CURRENCIES = Set.of("dollar", "euro", "pound", "yen", "yuan",
      "renminbi", "rupee", "ruble", "rouble", "franc", "krone", "kroner", "krona", "kronor",
      "shekel", "dinar", "dirham", "riyal", "rial", "lira", "peso", "real", "rand", "won", "naira",
      "shilling", "usd", "eur", "gbp");

  /** Returns how specific the pattern is, higher first when several share a trigger. */
  public int specificity() {
    boolean any = anyObject();
    // an object named as a phrase ("tear gas") before one named by its head ("gas"); what the
    // object is held as ("held sailors as hostages") before the object alone ("held sailors")
    boolean as = objects.stream().anyMatch(o -> o.startsWith(AS));
    return (objects.isEmpty() || any || noObject ? 0 : 4) + (particle.isEmpty() && !as ? 0 : 2)
        + (noObject && objects.isEmpty() || any || phraseObjects() ? 1 : 0);
  }

  /** Returns whether the pattern needs an object but takes any. */
  public boolean anyObject() {
    return objects.contains(ANY_OBJECT);
  }

  /**
   * Returns whether a word with this lemma and part-of-speech tag is one of the objects the
   * pattern names: {@value #MONEY} takes any currency sign (tag {@code $}) or currency word.
   */
  public boolean objectFits(String lemma, String tag) {
    // why: "tear gas" is named as a phrase, so that its head alone ("gas") stays another object
    return objects.contains(lemma)
        || objects.contains(MONEY) && (tag.equals("$") || CURRENCIES.contains(lemma));
  }

  /** Returns whether a word with this lemma, heading the verb's "as" phrase, is an object. */
  public boolean asFits(String lemma) {
    return objects.contains(AS + lemma);
  }
}
