package org.annals.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.events.EventDate;
import org.annals.events.Mode;
import org.annals.nlp.Dependency;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;

/**
 * Dates the events of an article, sentence by sentence. A date phrase belongs to the event it
 * modifies in the dependency tree (or to the events under the verb it modifies); an event with no
 * date phrase of its own takes the story's current past date when told in the past tense after a
 * historical date ("In 2018, ... Days later, ..."), else the publication date. One per article;
 * not thread-safe.
 */
public final class EventDater {
  private final Optional<LocalDate> pub;
  private final ModeDetector modes;
  private Optional<EventDate> narrative = Optional.empty();
  /** The latest date ahead of publication, and the sentence that named it. */
  private Optional<EventDate> ahead = Optional.empty();
  private int aheadSentence = -10;

  /** Creates the dater of an article published on {@code pub}. */
  public EventDater(Optional<LocalDate> pub, ModeDetector modes) {
    this.pub = pub;
    this.modes = modes;
  }

  /**
   * Returns the date of each trigger of a sentence (same order), and moves the story's current
   * past date on. Call for every sentence of the article in order, with or without triggers.
   */
  public List<Optional<EventDate>> date(ParsedSentence s, List<Integer> triggers) {
    List<DateExpressions.Tensed> found = DateExpressions.findBoth(s.tokens(), pub, narrative);
    List<DateMention> mentions = new ArrayList<>(found.size());
    List<Integer> attach = new ArrayList<>(found.size());
    boolean sentenceFuture = !found.isEmpty() && sentenceFuture(s);
    for (DateExpressions.Tensed both : found) {
      DateMention m = both.past();
      if (untilDate(s, m)) {
        // "put on hold until at least February": the end of a wait, no time of an act
        continue;
      }
      int at = s.isParsed() ? attachment(s, m) : -1;
      boolean fut = sentenceFuture || at >= 0 && modes.mode(s, at) == Mode.FUTURE;
      mentions.add(fut ? both.future() : m);
      attach.add(at);
    }
    List<Optional<EventDate>> out = new ArrayList<>(triggers.size());
    for (int trig : triggers) {
      out.add(dateOf(s, trig, mentions, attach));
    }
    moveNarrative(s, mentions);
    return out;
  }

  private Optional<EventDate> dateOf(ParsedSentence s, int trig, List<DateMention> mentions,
      List<Integer> attach) {
    // the closest date phrase on the trigger's way up the tree
    int t = trig;
    for (int depth = 0; depth < 8 && t >= 0; depth++) {
      Optional<EventDate> here = attachedTo(t, mentions, attach);
      if (here.isPresent()) {
        return here;
      }
      t = governor(s, t);
    }
    if (!s.isParsed() && mentions.size() == 1) {
      return Optional.of(mentions.get(0).date());
    }
    // "have fought to liberate the city since 2014", "an invitation made in November 1985": a
    // date on the verb the trigger controls or on its participle dates the trigger
    for (Dependency d : s.children(trig)) {
      if (d.relation().startsWith("xcomp") || d.relation().equals("acl")) {
        // "made in November 1985", "made at their first summit in Geneva in November 1985"
        Optional<EventDate> below = attachedBelow(s, d.dependent(), mentions, attach, 3);
        if (below.isPresent()) {
          return below;
        }
      }
    }
    // "police arrested 50 workers when they tried to block the bridge on Thursday": the
    // when-clause's date is the time of the event it answers
    for (Dependency d : s.children(trig)) {
      if (d.relation().startsWith("advcl") && temporalClause(s, d.dependent())) {
        Optional<EventDate> when = attachedTo(d.dependent(), mentions, attach);
        if (when.isPresent()) {
          return when;
        }
      }
    }
    // a date that opens the sentence ("Days later, ...", "In 2018, ...") frames all of it, even
    // where the parser hung it elsewhere
    for (DateMention m : mentions) {
      if (m.begin() <= 2) {
        return Optional.of(m.date());
      }
    }
    if (ahead.isPresent() && s.index() - aheadSentence <= 2 && s.isParsed()
        && modes.mode(s, trig) == Mode.FUTURE) {
      // "... to be withdrawn on November 1. The bureau will also be terminated": the plan's date
      EventDate a = ahead.get();
      return Optional.of(new EventDate(a.day(), a.precision(), "relative"));
    }
    if (narrative.isPresent() && simplePast(s, trig)) {
      EventDate n = narrative.get();
      return Optional.of(new EventDate(n.day(), n.precision(), "tense-inferred"));
    }
    return pub.map(p -> new EventDate(p, EventDate.Precision.DAY, "document"));
  }

  /**
   * The date of the first date phrase attached to {@code token} or to a word below it, at most
   * {@code levels} steps down its phrases (not into clauses of their own).
   */
  private static Optional<EventDate> attachedBelow(ParsedSentence s, int token,
      List<DateMention> mentions, List<Integer> attach, int levels) {
    Optional<EventDate> here = attachedTo(token, mentions, attach);
    if (here.isPresent() || levels == 0) {
      return here;
    }
    for (Dependency d : s.children(token)) {
      if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
        Optional<EventDate> below = attachedBelow(s, d.dependent(), mentions, attach,
            levels - 1);
        if (below.isPresent()) {
          return below;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a date phrase follows "until" or "till" ("until at least February"). */
  private static boolean untilDate(ParsedSentence s, DateMention m) {
    for (int i = m.begin() - 1; i >= 0 && i >= m.begin() - 3; i--) {
      String w = s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("until") || w.equals("till") || w.equals("pending")) {
        return true;
      }
      if (!(w.equals("at") || w.equals("least") || w.equals("the") || w.equals("early")
          || w.equals("late") || w.equals("mid"))) {
        return false;
      }
    }
    return false;
  }

  /** The date of the first date phrase attached to {@code token}, if any. */
  private static Optional<EventDate> attachedTo(int token, List<DateMention> mentions,
      List<Integer> attach) {
    for (int k = 0; k < mentions.size(); k++) {
      if (attach.get(k) == token) {
        return Optional.of(mentions.get(k).date());
      }
    }
    return Optional.empty();
  }

  private void moveNarrative(ParsedSentence s, List<DateMention> mentions) {
    boolean present = presentTense(s);
    for (DateMention m : mentions) {
      if (pub.isPresent() && m.date().day().isAfter(pub.get())) {
        ahead = Optional.of(m.date());
        aheadSentence = s.index();
      }
      if (m.historical() && present && m.begin() > 2) {
        // "The fighting rips up a ceasefire agreed last year": a past date inside a sentence
        // about now dates its own clause, and the story stays in the present
        narrative = Optional.empty();
      } else if (m.historical()) {
        narrative = Optional.of(m.date());
      } else if (!m.narrative()) {
        narrative = Optional.empty();
      }
    }
    if (mentions.isEmpty() && present) {
      narrative = Optional.empty();
    }
  }

  /** The token a date phrase modifies: the governor of the phrase's head. */
  private static int attachment(ParsedSentence s, DateMention m) {
    for (int i = m.begin(); i < m.end(); i++) {
      for (Dependency d : s.heads(i)) {
        if (d.governor() < m.begin() || d.governor() >= m.end()) {
          if (d.relation().equals("root")) {
            return i;
          }
          return d.governor();
        }
      }
    }
    return -1;
  }

  private static int governor(ParsedSentence s, int t) {
    for (Dependency d : s.heads(t)) {
      if (!d.relation().equals("root") && !d.relation().equals("ref")
          && !d.relation().startsWith("nsubj")) {
        return d.governor();
      }
    }
    return -1;
  }

  /**
   * Whether a verb trigger is told in the simple past ("closed", "was closed"), not the present
   * perfect ("have hit", "has been closed"), which reaches up to the time of the story.
   */
  private static boolean simplePast(ParsedSentence s, int trig) {
    String tag = s.tokens().get(trig).tag();
    if (!tag.equals("VBD") && !tag.equals("VBN")) {
      return false;
    }
    for (Dependency d : s.children(trig)) {
      String ct = s.tokens().get(d.dependent()).tag();
      if (d.relation().startsWith("aux") && (ct.equals("VBZ") || ct.equals("VBP"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a clause is introduced by a temporal conjunction ("when", "as", "while"). */
  private static boolean temporalClause(ParsedSentence s, int verb) {
    for (int c : s.children(verb, "mark")) {
      String w = s.tokens().get(c).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("when") || w.equals("as") || w.equals("while")) {
        return true;
      }
    }
    for (int c : s.children(verb, "advmod")) {
      if (s.tokens().get(c).word().equalsIgnoreCase("when")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceFuture(ParsedSentence s) {
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(java.util.Locale.ROOT);
      if ((t.tag().equals("MD") || !t.isTagged())
          && (w.equals("will") || w.equals("shall") || w.equals("'ll"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean presentTense(ParsedSentence s) {
    if (s.isParsed()) {
      String tag = s.tokens().get(s.root()).tag();
      if (tag.equals("VBZ") || tag.equals("VBP")) {
        return true;
      }
      for (Dependency d : s.children(s.root())) {
        String ct = s.tokens().get(d.dependent()).tag();
        if (d.relation().startsWith("aux") && (ct.equals("VBZ") || ct.equals("VBP")
            || ct.equals("MD"))) {
          return true;
        }
      }
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.isVerb()) {
        return t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("MD");
      }
      if (!t.isTagged()) {
        // a sentence the fast profile did not tag (issue 6): its first finite auxiliary or
        // report verb stands for its first verb
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        if (PRESENT_WORDS.contains(w)) {
          return true;
        }
        if (PAST_WORDS.contains(w)) {
          return false;
        }
      }
    }
    return false;
  }

  private static final java.util.Set<String> PRESENT_WORDS = java.util.Set.of("is", "are", "am",
      "has", "have", "does", "do", "says", "say", "will", "would", "can", "could", "may", "might",
      "must", "shall", "should", "'ll", "wo", "ca");
  private static final java.util.Set<String> PAST_WORDS =
      java.util.Set.of("was", "were", "had", "did", "said", "told", "been");
}
