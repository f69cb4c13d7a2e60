package org.annals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.actors.ActorLexicon;
import org.annals.coding.EventExtractor;
import org.annals.nlp.SurfaceLemmas;
import org.annals.nlp.Token;

/**
 * Says, from a sentence's untagged tokens, whether the coder may select it for parsing: true for
 * every sentence that {@code EventCoder}'s selection (a trigger and two actor mentions, or one
 * with a comment head when one actor is enough) would take once tagged, whatever the tags. The fast
 * profile tags only these (issue 6). One per article, asked about its sentences in order (it
 * remembers the people named in full, whose surnames may name them later); not thread-safe.
 */
final class SentencePrefilter implements Predicate<List<Token>> {
  private final ActorLexicon actors;
  private final EventExtractor extractor;
  private final Optional<LocalDate> date;
  private final boolean caseless;
  private final boolean oneActorEnough;
  private final Set<String> surnames = new HashSet<>();
  /** The lemmas of the acts that earlier sentences may tell, which "the attack" may refer to. */
  private final Set<String> told = new HashSet<>();

  SentencePrefilter(ActorLexicon actors, EventExtractor extractor, Optional<LocalDate> date,
      boolean caseless, boolean oneActorEnough) {
    this.actors = actors;
    this.extractor = extractor;
    this.date = date;
    this.caseless = caseless;
    this.oneActorEnough = oneActorEnough;
  }

  @Override
  public boolean test(List<Token> tokens) {
    // counted for every sentence, in order: the acts a sentence tells are added to told
    int implied = extractor.impliedMentions(tokens, told);
    boolean may = mayTrigger(tokens) && actors.possibleMentions(tokens, date, caseless, surnames)
        + implied >= (oneActorEnough ? 1 : 2);
    // after the count: a surname names its person only in later sentences
    actors.addFullNameSurnames(tokens, date, caseless, surnames);
    return may;
  }

  private boolean mayTrigger(List<Token> tokens) {
    boolean speaks = false;
    boolean judges = false;
    for (Token t : tokens) {
      for (String lemma : SurfaceLemmas.of(t.word())) {
        if (extractor.mayTriggerLemma(lemma)
            || oneActorEnough && extractor.mayCommentLemma(lemma)) {
          return true;
        }
        speaks |= extractor.maySpeakLemma(lemma);
        judges |= extractor.mayJudgeLemma(lemma);
      }
    }
    // a speaker's criticism or demand ("described the move as provocative"): see mayJudge
    return speaks && judges;
  }
}
