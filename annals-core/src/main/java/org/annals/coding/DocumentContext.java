package org.annals.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.actors.ActorComposer;
import org.annals.actors.ActorMatch;
import org.annals.actors.Lexicon;
import org.annals.actors.Mention;
import org.annals.events.ActorRef;
import org.annals.nlp.Dependency;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;

/**
 * What the coder remembers while reading one article: the actors named so far (for pronouns, "the
 * alliance" and "the country"), the plural phrases (for "they"), the acts coded (for "the
 * attack"), and the article's own country (for bare role nouns such as "police"). One per
 * article; not thread-safe.
 */
public final class DocumentContext {
  private final Optional<LocalDate> date;
  private final boolean caseless;
  private final Optional<String> country;
  private boolean oneActorEnough;
  private final Set<String> seenOrgs = new HashSet<>();
  private final List<Seen> seen = new ArrayList<>();

  private final List<Plural> plurals = new ArrayList<>();
  private final List<Act> acts = new ArrayList<>();

  /** An act coded earlier: the word that told it, who did it and to whom. */
  private record Act(int sentence, String lemma, String code, String source, String target) {}

  /** A remembered actor; {@code subject} when it is the subject of its sentence's main verb. */
  private record Seen(int sentence, int token, String code, boolean person, boolean subject) {}

  /**
   * A plural noun phrase of a sentence ("the rebels", "her parents", "thousands of people") that
   * "they" may stand for, with the actor it names, if it names one.
   */
  public record Plural(int sentence, int token, Optional<String> code) {}

  /** The third person plural pronouns, which stand for a plural phrase before a country. */
  private static final Set<String> THEY = Set.of("they", "them", "their", "theirs",
      "themselves");

  /**
   * Creates the context of an article.
   *
   * @param country the article's own country, if it has one
   */
  public DocumentContext(Optional<LocalDate> date, boolean caseless, Optional<String> country) {
    this.date = date;
    this.caseless = caseless;
    this.country = country;
  }

  /**
   * Lets an event stand with only one of its actors named (sentence classification, where the
   * class of the sentence's main event matters, not the dyad). Off for article coding.
   */
  public DocumentContext oneActorEnough(boolean on) {
    this.oneActorEnough = on;
    return this;
  }

  /** Returns whether an event may stand with only one actor named. */
  public boolean oneActorEnough() {
    return oneActorEnough;
  }

  /** Returns the publication date. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** Returns whether names are matched without case. */
  public boolean caseless() {
    return caseless;
  }

  /** Returns the article's own country. */
  public Optional<String> country() {
    return country;
  }

  /** Records the mentions of a sentence so that later pronouns can refer to them. */
  public void remember(int sentence, List<Mention> mentions) {
    remember(sentence, mentions, m -> false);
  }

  /**
   * Records the mentions of a parsed sentence, noting which one is the subject of its main verb
   * ("Chile sent troops into Peru"): a pronoun that is the subject of the next sentence refers
   * to it first ("It has also armed the rebels": Chile, not Peru).
   */
  public void remember(ParsedSentence s, List<Mention> mentions) {
    remember(s.index(), mentions, m -> mainSubject(s, m));
  }

  private static boolean mainSubject(ParsedSentence s, Mention m) {
    if (!s.isParsed()) {
      return false;
    }
    for (int t = m.begin(); t < m.end() && t < s.tokens().size(); t++) {
      if (subjectOfRoot(s, t)) {
        return true;
      }
      for (Dependency d : s.heads(t)) {
        // "Chile and Peru closed ...": both are its subjects
        if (d.relation().startsWith("conj") && subjectOfRoot(s, d.governor())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word is the subject of its sentence's main verb. */
  static boolean subjectOfRoot(ParsedSentence s, int t) {
    for (Dependency d : s.heads(t)) {
      if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
          && d.governor() == s.root()) {
        return true;
      }
    }
    return false;
  }

  private void remember(int sentence, List<Mention> mentions,
      Predicate<Mention> subject) {
    for (Mention m : mentions) {
      if (m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.AGENT
          || m.kind() == Mention.Kind.ORG_NOUN || m.kind() == Mention.Kind.ADJECTIVE) {
        continue;
      }
      if (m.kind() == Mention.Kind.ORG) {
        seenOrgs.add(m.code());
      }
      Optional<ActorMatch> a = ActorComposer.compose(List.of(m), true, country);
      a.ifPresent(x -> seen.add(new Seen(sentence, m.begin(), x.code(),
          m.kind() == Mention.Kind.PERSON, subject.test(m))));
    }
  }

  /**
   * Records the acts coded in a sentence, so that a later "the attack" or "the proposal" can
   * name who made it.
   */
  public void rememberActs(List<Candidate> coded) {
    for (Candidate c : coded) {
      String who = c.source().code();
      if (!who.isEmpty() && !who.startsWith("-")) {
        acts.add(new Act(c.sentence().index(), c.sentence().tokens().get(c.trigger()).lemma(),
            c.pattern().code(), who, c.target().code()));
      }
    }
  }

  /**
   * Returns who did the latest act told by a word or with one of {@code codes} (the codes of
   * the word's noun patterns: "withdrew ... the withdrawal"), in this or the five sentences
   * before ("Chile attacked Peru ... Bolivia condemned the attack": Chile), unless one of {@code
   * exclude} did it.
   */
  public Optional<String> doerOf(String lemma, Set<String> codes, int sentence,
      Set<String> exclude) {
    for (int i = acts.size() - 1; i >= 0; i--) {
      Act a = acts.get(i);
      if (sentence - a.sentence > 5) {
        break;
      }
      if ((a.lemma.equals(lemma) || codes.contains(a.code)) && a.sentence <= sentence) {
        return excluded(a.source, exclude) ? Optional.empty() : Optional.of(a.source);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns who struck the latest blow of the same kind ({@code code}) told in this or the five
   * sentences before at one of {@code hit}'s countries: "government forces launched an offensive
   * on the suburbs ... twelve farmers died in strikes overnight" (the government's forces).
   * A blow told in general terms (190: an offensive, attacks, fighting) is of every kind; a
   * blow of one kind (airstrikes) tells nothing of a blow of another (a gas attack).
   */
  public Optional<String> strikerOf(int sentence, String code, Set<String> hit) {
    Set<String> lands = new HashSet<>();
    for (String h : hit) {
      String land = ActorRef.primaryOf(h);
      if (land.length() == 3) {
        lands.add(land);
      }
    }
    for (int i = acts.size() - 1; i >= 0 && !lands.isEmpty(); i--) {
      Act a = acts.get(i);
      if (sentence - a.sentence > 5) {
        break;
      }
      if (a.sentence <= sentence && (a.code.equals(code) || a.code.equals("190"))
          && lands.contains(ActorRef.primaryOf(a.target)) && !excluded(a.source, hit)) {
        return Optional.of(a.source);
      }
    }
    return Optional.empty();
  }

  /**
   * A person the lexicon does not know, named with a role that says whose he or she is ("Jan
   * Olsen, a spokesman for the UN"): whom a later "he" or "she" may stand for. With an empty
   * code, someone of no known role: a "he" after that person names no one.
   */
  public record Person(int sentence, int token, String code, boolean subject) {}

  /** Records the people of a sentence that its roles name ({@link Person}), in reading order. */
  public void rememberPeople(List<Person> found) {
    for (Person p : found) {
      int at = seen.size();
      while (at > 0 && (seen.get(at - 1).sentence > p.sentence
          || seen.get(at - 1).sentence == p.sentence && seen.get(at - 1).token > p.token)) {
        at--;
      }
      seen.add(at, new Seen(p.sentence, p.token, p.code, true, p.subject));
    }
  }

  /** Records the plural noun phrases of a sentence, in reading order. */
  public void rememberPlurals(List<Plural> found) {
    plurals.addAll(found);
  }

  /**
   * Returns the country of {@code among} named last before a position, if any: where a people
   * that lives in several countries ("Kurdish fighters") is, by what the story is about.
   */
  public Optional<String> lastCountryAmong(Set<String> among, int sentence, int token) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen x = seen.get(i);
      if (x.sentence > sentence || x.sentence == sentence && x.token >= token) {
        continue;
      }
      String p = primary(x.code);
      if (among.contains(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the country "the country" at a position stands for: the last named before it in its
   * sentence or the three before that is none of {@code exclude} (the other side of its act:
   * "Bolivia sent aid to the country"), else the article's own.
   */
  public Optional<String> theCountry(int sentence, int token, Set<String> exclude) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen x = seen.get(i);
      if (x.sentence > sentence || x.sentence == sentence && x.token >= token) {
        continue;
      }
      if (sentence - x.sentence > 3) {
        break;
      }
      String c = primary(x.code);
      if (!x.person && ActorRef.bareCountry(c) && !excluded(c, exclude)) {
        return Optional.of(c);
      }
    }
    return country.filter(c -> !excluded(c, exclude));
  }

  static boolean excluded(String code, Set<String> exclude) {
    return exclude.stream().anyMatch(e -> ActorRef.sameActor(e, code));
  }

  /** Returns whether the organization was named earlier in the article. */
  public boolean seenOrg(String code) {
    return seenOrgs.contains(code);
  }

  /**
   * Resolves a pronoun at a position: "he"/"she" to the latest person, "it"/"they" to the latest
   * country or organization, skipping {@code exclude} (the other actor of the event). A pronoun
   * that is a {@code subject} with no fitting actor before it in its own sentence refers first
   * to the subject of the sentence before, when that fits: a story keeps its subject.
   */
  public Optional<String> resolvePronoun(String pronoun, int sentence, int token,
      Set<String> exclude, boolean subject) {
    Optional<Seen> found = resolveSeen(pronoun, sentence, token, exclude, subject)
        .filter(x -> !x.code.isEmpty());
    if (THEY.contains(pronoun)) {
      // "they" stands for people far more often than for a country: "her parents ... they",
      // "Kurdish forces ... they"; a plural phrase later than the actor found is what it means
      Plural plural = null;
      for (Plural p : plurals) {
        boolean before = p.sentence == sentence && p.token < token
            || p.sentence < sentence && sentence - p.sentence <= 3;
        if (before) {
          plural = p;
        }
      }
      if (plural != null && (found.isEmpty() || found.get().sentence < plural.sentence
          || found.get().sentence == plural.sentence && found.get().token < plural.token)) {
        return plural.code.filter(c -> !exclude.contains(primary(c)));
      }
    }
    return found.map(Seen::code);
  }

  private Optional<Seen> resolveSeen(String pronoun, int sentence, int token,
      Set<String> exclude, boolean subject) {
    boolean personal = Set.of("he", "she", "him", "her", "his").contains(pronoun);
    boolean first = Set.of("we", "our", "i").contains(pronoun);
    if (first) {
      return Optional.empty();
    }
    if (subject) {
      Seen inSentence = null;
      Seen before = null;
      for (Seen s : seen) {
        boolean fits = s.person == personal && !exclude.contains(primary(s.code));
        if (fits && s.sentence == sentence && s.token < token) {
          inSentence = s;
        } else if (fits && s.subject && s.sentence == sentence - 1 && before == null) {
          before = s;
        }
      }
      if (inSentence == null && before != null) {
        return Optional.of(before);
      }
    }
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.sentence > sentence || (s.sentence == sentence && s.token >= token)) {
        continue;
      }
      if (sentence - s.sentence > 3) {
        break;
      }
      if (s.person == personal && !exclude.contains(primary(s.code))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the last two distinct countries or organizations named before a position, in the
   * order they were named ("the two nations").
   */
  public List<String> lastTwo(int sentence, int token) {
    // the last two named as subjects first ("Chile and Peru closed ... Both countries")
    List<String> subjects = lastTwo(sentence, token, true);
    return subjects.size() == 2 ? subjects : lastTwo(sentence, token, false);
  }

  /**
   * Returns the two actors that "they" at a position stands for when the sentence before had two
   * subjects ("Chile and Peru signed a deal. They also ..."), in the order named: empty when
   * that sentence had not exactly two, or when a country or organization is named before the
   * pronoun in its own sentence.
   */
  public List<String> subjectPair(int sentence, int token) {
    List<String> out = new ArrayList<>(2);
    Set<String> primaries = new HashSet<>();
    for (Seen s : seen) {
      if (s.sentence == sentence && s.token < token && !s.person) {
        return List.of();
      }
      if (s.sentence == sentence - 1 && s.subject && !s.code.isEmpty()
          && primaries.add(primary(s.code))) {
        out.add(s.code);
      }
    }
    return out.size() == 2 ? out : List.of();
  }

  private List<String> lastTwo(int sentence, int token, boolean subjectsOnly) {
    List<String> out = new ArrayList<>(2);
    Set<String> primaries = new HashSet<>();
    for (int i = seen.size() - 1; i >= 0 && out.size() < 2; i--) {
      Seen s = seen.get(i);
      boolean before = s.sentence < sentence || (s.sentence == sentence && s.token < token);
      if (!before || sentence - s.sentence > 2 || subjectsOnly && !s.subject
          || s.code.isEmpty()) {
        continue;
      }
      if (primaries.add(primary(s.code))) {
        out.add(0, s.code);
      }
    }
    return out;
  }

  private static String primary(String code) {
    return ActorRef.primaryOf(code);
  }

  private static final Set<String> SPORT_WORDS = sportWords();

  private static Set<String> sportWords() {
    Set<String> out = new HashSet<>();
    for (String[] r : Lexicon.rows("sport.tsv")) {
      out.add(r[0].toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * Returns whether an article is a sport page: six or more words of {@code lexicon/sport.tsv}
   * ("match", "striker", "innings"), three of them different (measured on the BBC's pages: two
   * thirds of sport pages, one politics page in 200). There "Wales beat France" is no assault.
   */
  public static boolean sportPage(List<ParsedSentence> sentences) {
    Set<String> different = new HashSet<>();
    int all = 0;
    for (ParsedSentence s : sentences) {
      for (Token t : s.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (SPORT_WORDS.contains(w)) {
          different.add(w);
          all++;
          if (all >= 6 && different.size() >= 3) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Counts country mentions to find an article's own country: the most named one, when it has at
   * more than a third of the mentions.
   */
  public static Optional<String> mainCountry(List<List<Mention>> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<Mention> ms : sentences) {
      for (Mention m : ms) {
        if (m.isCountryLike()) {
          counts.merge(m.code(), 1, Integer::sum);
        } else if (m.kind() == Mention.Kind.ORG && !m.code().startsWith("IGO")
            && !m.code().startsWith("IMG") && m.code().length() > 3) {
          // a country's own group names it ("the FMLN": El Salvador)
          counts.merge(primary(m.code()), 1, Integer::sum);
        }
      }
    }
    Optional<Map.Entry<String, Integer>> top = counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey));
    // why: an article about many countries has no country of its own, and a bare "president"
    // there is as likely anyone's; more than a third of the country mentions marks its own
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    return top.filter(e -> 3 * e.getValue() > all).map(Map.Entry::getKey);
  }
}
