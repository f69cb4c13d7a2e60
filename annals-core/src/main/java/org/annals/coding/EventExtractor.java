package org.annals.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.annals.actors.ActorComposer;
import org.annals.actors.ActorMatch;
import org.annals.actors.Mention;
import org.annals.coding.pattern.EventPattern;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.events.ActorRef;
import org.annals.events.CameoCode;
import org.annals.nlp.Dependency;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.SurfaceLemmas;
import org.annals.nlp.Token;

/**
 * Finds events in a parsed sentence: each token whose lemma is a pattern trigger is tried with its
 * patterns, most specific first; the source comes from the subject (or the by-agent of a passive,
 * or the possessor of a noun, or the subject of the verb governing a noun), the target from the
 * pattern's slots. Coordinated actors give one event per pair. Thread-safe.
 */
public final class EventExtractor {
  /** Relations followed inside a noun phrase when looking for the actor it names. */
  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "nmod:poss",
      "nmod:of", "appos", "flat", "det:poss", "nmod:'s", "compound:prt", "nmod:within",
      // "20 nations, including the US": only named members are coded (GUIDELINE rule 5)
      "nmod:including", "nmod:such_as");
  /** Where a passive names its agent ("by ..."), as the parser may hang it. */
  private static final List<String> AGENTS = List.of("obl:agent", "nmod:agent", "obl:by");
  /** Who speak for a body named with "for" ("a spokesman for the UN"). */
  private static final Set<String> SPOKESMEN = Set.of("spokesman", "spokeswoman", "spokesperson",
      "official", "representative", "adviser", "advisor", "aide", "negotiator");
  /**
   * Obliques that tell only when or despite what a verb went on ("despite the truce, the
   * shelling went on"): the noun there is no act of the verb's subject.
   */
  private static final Set<String> CIRCUMSTANCES = Set.of("obl:despite", "obl:after",
      "obl:before", "obl:since", "obl:until", "obl:amid", "obl:following", "obl:during",
      "obl:in_spite_of", "obl:because_of", "obl:ahead_of", "obl:prior_to", "obl:like");
  /**
   * Verbs whose agent does the act they carry ("an attack carried out by", "a deal signed by",
   * "a meeting attended by"), unlike those whose agent only stands by it ("talks brokered by",
   * "a strike condemned by").
   */
  private static final Set<String> DOING = Set.of("carry", "conduct", "launch", "lead", "stage",
      "mount", "perpetrate", "commit", "wage", "plot", "plan", "orchestrate", "execute", "make",
      "hold", "sign", "reach", "agree", "issue", "impose", "announce", "order", "deliver", "file",
      "lodge", "level", "initiate", "unleash", "attempt", "fire", "organize", "organise",
      "undertake", "claim", "start", "begin", "mastermind", "attend", "chair", "host", "join");
  /** Verbs that send forces to where they fight ("sent to the war on the rebels"). */
  private static final Set<String> DEPLOYING = Set.of("deploy", "send", "dispatch", "station",
      "engage", "involve", "commit", "mobilize", "mobilise");
  /**
   * Places that a nationality word gives to its country: "an assault on the Somali town", "shells
   * landed in Lebanese territory". (A nationality word with most other nouns does not name the
   * country: "the Somali economy".)
   */
  private static final Set<String> PLACES = Set.of("town", "city", "village", "territory",
      "region", "province", "capital", "port", "district", "enclave", "island", "soil",
      "airspace", "waters", "coast", "countryside", "outpost", "base", "border");
  /** Military moves, whose nationality word names who made them ("the Turkish deployment"). */
  private static final Set<String> MILITARY_MOVES = Set.of("deployment", "buildup",
      "build-up", "mobilization", "mobilisation", "manoeuvre", "maneuver");
  /** Participles that make a place its holder's ("rebel-held", "government-controlled"). */
  private static final Set<String> HOLDING = Set.of("hold", "control", "occupy", "run");
  /** Roles of people in private life, which name no body a person acts for. */
  private static final Set<String> PRIVATE_ROLES = Set.of("LAB", "BUS", "CVL", "EDU", "HLH",
      "REF", "ELI", "CRM", "UAF", "MED");
  /** Who serve a body named with "to" ("an adviser to the UN"). */
  private static final Set<String> ADVISERS = Set.of("adviser", "advisor", "aide", "consultant");
  /** Where a role noun is from ("troops from Chile", "judges in Peru"). */
  private static final List<String> ORIGINS = List.of("nmod:from", "nmod:in");
  /** Determiners of something not named before ("a force", "another mission"). */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "some");
  /** Nouns of who gives, whose possessor receives ("Ukraine's donors", "Greece's creditors"). */
  private static final Set<String> GIVERS = Set.of("donor", "creditor", "lender");
  /** Nouns of a unit of a force ("two companies of the police", "a battalion of marines"). */
  private static final Set<String> UNITS = Set.of("company", "battalion", "platoon", "unit",
      "contingent", "detachment", "column", "squadron", "brigade", "regiment");
  /** Verbs whose object did the act their "of" or "for" clause names ("accused Iran of"). */
  private static final Set<String> OBJECT_CONTROL = Set.of("accuse", "blame", "charge",
      "praise", "thank", "criticize", "criticise", "condemn", "commend", "fault", "congratulate",
      "suspect", "punish", "sanction", "rebuke", "reproach", "applaud", "credit");
  /** Words that count a part of a group ("45 of them", "some of them"). */
  private static final Set<String> PARTITIVES = Set.of("some", "many", "most", "all", "none",
      "several", "few", "each", "both", "half", "one", "two", "three");
  /** The countries where Kurdish forces fight, but Turkey. */
  private static final Set<String> KURDISH_HOMES = Set.of("SYR", "IRQ", "IRN");
  /** Roles of armed men, who are often in a country not their own. */
  private static final Set<String> ARMED_ROLES = Set.of("MIL", "REB", "INS", "UAF", "SPY");
  /** Verbs that say what befalls or what is, not what someone does ("should not suffer"). */
  private static final Set<String> NO_ACTS = Set.of("be", "suffer", "remain", "feel", "die",
      "live", "become", "seem", "exist", "stay", "lose", "get", "know", "understand");
  /** Words that judge a clause, with a dummy "it" as subject ("it would be safe to ..."). */
  private static final Set<String> JUDGMENTS = Set.of("safe", "unsafe", "clear", "unclear",
      "important", "necessary", "unnecessary", "possible", "impossible", "likely", "unlikely",
      "difficult", "hard", "easy", "vital", "essential", "crucial", "right", "wrong", "true",
      "obvious", "evident", "time", "interest", "shame", "mistake", "legal", "illegal",
      "dangerous", "wise", "unwise", "appropriate", "inappropriate", "fair", "unfair", "better",
      "best", "worth", "enough", "good", "bad", "useful", "pointless", "premature", "unacceptable",
      "acceptable", "unthinkable", "critical", "urgent", "sensible", "reasonable");
  /** Nouns that name an actor by its relation to another ("Assad's backer", "its ally"). */
  private static final Set<String> RELATIONS = Set.of("backer", "ally", "patron", "sponsor",
      "counterpart", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "supporter",
      "protector", "proxy", "successor", "predecessor");
  /** Relations of a trip in its traveller's timeline; a set, not a regex compiled per call. */
  private static final Set<String> TIMELINE_RELATIONS =
      Set.of("obl:before", "obl:after", "obl:during", "obl:ahead_of");
  /** "In a phone call with Putin, Macron urged ...": the talk is the speaker's own. */
  private static final Set<String> SETTING_RELATIONS =
      Set.of("obl:in", "obl:during", "obl:at");
  private static final Set<String> PEACEKEEPING =
      Set.of("peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper", "peacekeep");
  /**
   * Phrasal verbs that undo or turn away from what their bare verb's patterns code ("called off
   * the strike" is no appeal, "backed down" no support); "shut down", "pulled out" keep theirs.
   */
  private static final Set<String> TURNED_VERBS = Set.of("call off", "back down", "back off",
      "back away", "back out", "rule out", "hold off", "stand down", "put off", "play down",
      "tone down", "water down", "turn away", "shout down", "hold out", "strike down");
  /** People named by whom they belong to, who are not that actor ("the parents of"). */
  private static final Set<String> KIN = Set.of("parent", "mother", "father", "wife", "husband",
      "widow", "son", "daughter", "brother", "sister", "relative", "friend", "lawyer",
      "attorney", "girlfriend", "boyfriend", "fiancee", "nephew", "niece", "cousin", "grandson",
      "granddaughter", "grandmother", "grandfather", "neighbour", "neighbor", "family",
      "entourage", "follower", "fan",
      // "critics of Trump's decision" are not Trump
      "critic", "opponent", "detractor", "adversary");
  /** Names of a whole conflict, which is no party to it ("the Iraq war"). */
  private static final Set<String> WARS = Set.of("war", "conflict", "crisis");
  /** Who hears a statement without being its target ("told reporters"). */
  private static final Set<String> AUDIENCE = Set.of("reporter", "journalist", "correspondent",
      "newsman", "press", "audience", "newspaper", "broadcaster", "programme", "program",
      "radio", "television", "channel", "interview", "podcast");
  /** Verbs of fighting that may fight an ill rather than an enemy. */
  private static final Set<String> FIGHTING = Set.of("fight", "battle", "combat", "tackle");
  /** What one fights without fighting anyone: diseases, disasters, ills. */
  private static final Set<String> NO_ENEMIES = Set.of("epidemic", "pandemic", "virus",
      "disease", "covid-19", "covid", "coronavirus", "ebola", "malaria", "aids", "hiv", "cancer",
      "outbreak", "poverty", "corruption", "crime", "hunger", "famine", "inflation", "fire",
      "wildfire", "blaze", "flood", "drought", "unemployment", "racism", "discrimination",
      "pollution", "illiteracy", "obesity", "addiction", "cholera", "polio", "measles",
      "tuberculosis", "smuggling", "fraud", "infection", "spread");
  /**
   * Modifiers that make a noun of violence a contest of another kind ("a legal battle") or no
   * violence at all ("a cease-fire", "rescue operations").
   */
  private static final Set<String> NOT_VIOLENT = Set.of("legal", "court", "courtroom",
      "political", "verbal", "rhetorical", "trade", "tariff", "currency", "price", "bidding",
      "takeover", "custody", "media", "propaganda", "electoral", "campaign",
      "culture", "cultural", "advertising", "ad", "boardroom", "personal", "word", "ratings",
      "turf", "patent", "copyright", "budget", "bureaucratic", "procedural", "pillow", "snowball",
      "food", "water", "cold", "cease", "peacekeeping", "rescue", "evacuation", "relief", "humanitarian",
      "medical", "surgical", "search", "salvage");
  /** Verbs that say how an event noun, their subject, went on ("the onslaught continued"). */
  private static final Set<String> ASPECTUAL = Set.of("continue", "begin", "start", "resume",
      "intensify", "escalate", "spread", "expand", "persist");
  private static final Set<String> CONVERSATIONS =
      Set.of("call", "conversation", "meeting", "talk", "summit", "interview");
  /** Verbs that take an event noun as object and lend it their subject ("launched an attack"). */
  private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "stage", "make",
      "conduct", "hold", "issue", "mount", "begin", "start", "continue", "step", "announce",
      "order", "impose", "level", "lodge", "file", "deliver", "pay", "have", "give", "offer",
      "extend", "open", "express", "voice", "unleash", "lead", "organize", "organise", "host",
      "undertake", "wage", "perform", "commit", "initiate", "intensify", "escalate",
      // "renewed its calls for", "reiterated their demand"
      "renew", "repeat", "reiterate",
      // who orders or approves an act is its author; who joins one takes part in it
      "approve", "authorize", "authorise", "participate", "join", "engage", "complete",
      // "remained on alert", "went on strike", "put its forces on alert"
      "remain", "stay", "go", "put", "place", "keep", "take",
      // "returned from a visit to Peru", "arrived for talks with": who comes or goes did it
      "return", "arrive");

  /**
   * Verbs whose "with" phrase is what their subject did in answer ("responded with threats of
   * force"): light verbs of that phrase only ("responded to the attack" is someone else's).
   */
  private static final Set<String> ANSWER_VERBS =
      Set.of("respond", "answer", "react", "reply", "retaliate");

  /** Verbs of asking, whose "for" phrase names what is asked ("called for talks"). */
  private static final Set<String> ASKING =
      Set.of("call", "appeal", "press", "push", "plead", "lobby", "ask");

  /** Nouns of asking, whose "for" phrase names what is asked ("calls for his resignation"). */
  private static final Set<String> REQUESTS =
      Set.of("demand", "call", "appeal", "request", "plea");

  /** Head nouns that measure or group what a verb acts on ("a team of doctors"). */
  private static final Set<String> CONTAINERS = Set.of("team", "group", "batch", "shipment",
      "consignment", "package", "tonne", "ton", "load", "convoy", "cargo", "amount", "number",
      "million", "billion", "thousand", "hundred", "dozen", "contingent", "unit", "squad",
      "detachment", "fleet", "flotilla", "round", "set", "kind", "type",
      "planeload", "truckload", "shipload", "lot", "worth", "delegation", "crew", "wave",
      "part", "portion", "share", "dollar", "euro", "pound", "yen", "yuan", "rupee", "percent",
      "percentage", "half", "rest", "remainder", "bulk", "increase", "boost");
  /** Measures that take a share of a whole ("as part of a deal"), not an amount given. */
  private static final Set<String> PARTS = Set.of("part", "portion", "share", "half", "rest",
      "remainder", "bulk", "kind", "type", "set", "round", "wave");
  /** The relations from a measuring head to what it measures ("$2 million in aid"). */
  private static final Set<String> MEASURED = Set.of("nmod:of", "nmod:in", "nmod:worth",
      "nmod:than");
  /** Words of time, which fill no actor's slot ("strikes on Saturday"). */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "day", "night",
      "morning", "afternoon", "evening", "weekend", "week", "month", "year", "today",
      "yesterday", "tonight", "hour", "time", "date", "eve", "anniversary");
  /** Nouns of intent whose infinitive is their holder's act ("the decision to expel"). */
  private static final Set<String> INTENTS = Set.of("decision", "plan", "move", "bid", "attempt",
      "threat", "promise", "pledge", "offer", "refusal", "vow", "effort", "proposal", "intention",
      "readiness", "willingness", "determination", "commitment", "agreement", "order");
  /** Nouns that name what an accusation said ("rejected the charge"): whoever accused made it. */
  private static final Set<String> CHARGES = Set.of("charge", "claim", "allegation",
      "accusation", "assertion");
  /** Reflexive pronouns, which the parser may take for the subject they stress. */
  private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself",
      "herself");
  /** Nouns of what one side puts to the other, which the other may answer. */
  private static final Set<String> PROPOSALS = Set.of("proposal", "plan", "demand", "offer",
      "call", "appeal", "request", "ultimatum", "initiative", "resolution");
  /** Verbs that make a charge ("accused Peru of stalling, a charge Peru denied"). */
  private static final Set<String> ACCUSING = Set.of("accuse", "blame", "charge", "allege");
  /** Verbs of harm whose means may be a blow named by a noun ("killed in airstrikes"). */
  private static final Set<String> HARMING = Set.of("kill", "die", "wound", "injure", "hurt",
      "maim");

  // not "side": "both sides" are as often two parties never named as actors (the government and
  // the opposition) as the last two named, and stand for those only when they are states
  private static final Set<String> PAIR_NOUNS = Set.of("nation", "country", "state",
      "government", "neighbour", "neighbor", "ally", "leader", "capital");

  /**
   * Acts that only a state does, whose doer an agentless passive leaves to be understood:
   * arrests and detentions (173), expulsions (174), administrative sanctions such as curfews and
   * bans (172).
   */
  private static final Set<String> STATE_ACTS = Set.of("172", "173", "174");

  /** The actor code of an unnamed actor, used only when one actor is enough. */
  public static final String UNKNOWN = "---";

  /** An unnamed side, placed at the word that stands for it (one actor is enough). */
  private static ActorMatch unnamed(int token) {
    return new ActorMatch(UNKNOWN, token, token + 1, "unnamed");
  }

  private final PatternLexicon patterns;

  /** Creates an extractor over a pattern lexicon. */
  public EventExtractor(PatternLexicon patterns) {
    this.patterns = patterns;
  }

  /**
   * Returns whether a token can head a comment, the statement of sentence classification (a
   * report verb, "expressed", "attended", "considering"), for sentence selection.
   */
  public boolean mayComment(Token t) {
    return t.isVerb() && mayCommentLemma(t.lemma());
  }

  private static final Set<String> COMMENT_HEADS = Set.of("express", "voice", "issue", "attend",
      "consider", "weigh", "mull", "hope", "expect", "commemorate", "mark", "send");

  /**
   * Returns whether a sentence's words may make a speaker's criticism or demand, before parsing
   * (for sentence selection): a report or labelling verb with a judging word ("described the move
   * as provocative", "said the plan was an attack") or an obligation ("said Iran must stop").
   */
  public boolean mayJudge(List<Token> tokens) {
    boolean speaks = false;
    boolean judges = false;
    for (Token t : tokens) {
      speaks |= t.isVerb() && maySpeakLemma(t.lemma());
      judges |= mayJudgeLemma(t.lemma());
    }
    return speaks && judges;
  }

  /**
   * Returns whether a word with this lemma can trigger an event as a verb or a noun, before
   * tagging: true for the lemma of every token where {@link #mayTrigger} is.
   */
  public boolean mayTriggerLemma(String lemma) {
    return !patterns.verb(lemma).isEmpty() || !nounPatterns(lemma).isEmpty();
  }

  /** Whether a word is a verb of a blow ("shelled", "bombed", "attacked"). */
  private boolean violentVerb(Token t) {
    if (!t.isVerb()) {
      return false;
    }
    for (EventPattern q : patterns.verb(t.lemma())) {
      if (CameoCode.violent(q.code())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is a noun naming a blow ("airstrikes", "shelling", "an attack"). */
  private boolean violentNoun(Token t) {
    if (!t.tag().startsWith("NN") || t.tag().startsWith("NNP")) {
      return false;
    }
    for (EventPattern q : nounPatterns(t.lemma())) {
      if (CameoCode.violent(q.code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun patterns of a lemma; a hyphenated lemma without patterns of its own takes those of
   * the lemma written solid ("cease-fire" is a ceasefire), else those of its last part
   * ("cyber-attacks", "air-strikes").
   */
  private List<EventPattern> nounPatterns(String lemma) {
    List<EventPattern> own = patterns.noun(lemma);
    int dash = lemma.lastIndexOf('-');
    if (!own.isEmpty() || dash <= 0 || dash == lemma.length() - 1) {
      return own;
    }
    List<EventPattern> solid = patterns.noun(lemma.replace("-", ""));
    return solid.isEmpty() ? patterns.noun(lemma.substring(dash + 1)) : solid;
  }

  /**
   * Returns whether a word with this lemma may be the report or labelling verb of {@link
   * #mayJudge}, before tagging.
   */
  public boolean maySpeakLemma(String lemma) {
    return SAY.contains(lemma) || LABEL_VERBS.contains(lemma);
  }

  /**
   * Returns whether a sentence's words name a pair that stands for the two actors named last ("the
   * two countries", "both governments"), before tagging: such a phrase counts as two actor
   * mentions in sentence selection.
   */
  public static boolean namesPair(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!w.equals("two") && !w.equals("both")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
        for (String lemma : SurfaceLemmas.of(tokens.get(j).word())) {
          if (PAIR_NOUNS.contains(lemma)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns whether a sentence's words say "the country" or "this nation", before tagging: it
   * counts as an actor mention in sentence selection (see {@link #theCountry}).
   */
  public static boolean namesTheCountry(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      if ((w.equals("the") || w.equals("this")) && COUNTRY_NOUNS.contains(next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns how many actor mentions a sentence's words imply beyond the lexicon's, before tagging,
   * for sentence selection: two for "the two countries" ({@link #namesPair}), one for "the
   * country" ({@link #namesTheCountry}) and one for an act told before ({@link #refersBack});
   * then adds the sentence's own acts to {@code told} ({@link #addTold}). Called on an article's
   * sentences in order.
   */
  public int impliedMentions(List<Token> tokens, Set<String> told) {
    int n = (namesPair(tokens) ? 2 : 0) + (namesTheCountry(tokens) ? 1 : 0)
        + (refersBack(tokens, told) ? 1 : 0);
    addTold(tokens, told);
    return n;
  }

  /**
   * Returns whether a sentence's words refer back to an act told before ("the attack", "this
   * proposal", "the US withdrawal"), before tagging: a determiner and, within three words, a word
   * that may have a lemma in {@code told} or a noun pattern of a code in it ({@link #addTold}),
   * or that names an accusation ("the charge") after one.
   * Such a phrase counts as an actor mention in sentence selection: the act's doer.
   */
  public boolean refersBack(List<Token> tokens, Set<String> told) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!w.equals("the") && !w.equals("this") && !w.equals("that")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
        for (String lemma : SurfaceLemmas.of(tokens.get(j).word())) {
          if (told.contains(lemma) || CHARGES.contains(lemma) && told.contains("#112")) {
            return true;
          }
          for (EventPattern p : nounPatterns(lemma)) {
            if (told.contains("#" + p.code())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Adds to {@code told} every lemma a word of the sentence may have that may trigger an act, and
   * each code of its patterns marked with "#".
   */
  public void addTold(List<Token> tokens, Set<String> told) {
    for (Token t : tokens) {
      for (String lemma : SurfaceLemmas.of(t.word())) {
        if (mayTriggerLemma(lemma) && told.add(lemma)) {
          patterns.verb(lemma).forEach(p -> told.add("#" + p.code()));
          nounPatterns(lemma).forEach(p -> told.add("#" + p.code()));
        }
      }
    }
  }

  /** Returns whether a word with this lemma may be the judging word of {@link #mayJudge}. */
  public boolean mayJudgeLemma(String lemma) {
    return BLAME.contains(lemma) || OBLIGING.contains(lemma) || GOOD_WILL.contains(lemma);
  }

  /**
   * Returns whether a verb with this lemma can head a comment, before tagging: true for the lemma
   * of every token where {@link #mayComment} is.
   */
  public boolean mayCommentLemma(String lemma) {
    return SAY.contains(lemma) || COMMENT_HEADS.contains(lemma);
  }

  /**
   * Whether an attack is made in words: the verb gives a reason with "over" or "for" ("attacked
   * the government over taxes", "hit out at Paris for its stance"), which a blow does not have
   * ("over the weekend" is a time, not a reason), is done "verbally", or strikes at what was said
   * or planned.
   */
  public boolean verbalAttack(ParsedSentence s, int trigger) {
    if (!VERBAL_ATTACKS.contains(s.tokens().get(trigger).lemma())
        || !s.tokens().get(trigger).isVerb()) {
      return false;
    }
    for (String rel : REASONS) {
      for (int c : s.children(trigger, rel)) {
        if (!TIME_WORDS.contains(s.tokens().get(c).lemma())) {
          return true;
        }
      }
    }
    for (int c : s.children(trigger, "advmod")) {
      // "verbally attacked the president"
      if (s.tokens().get(c).lemma().equals("verbally")) {
        return true;
      }
    }
    // "attacked the minister's remarks": words, plans and records are attacked with words (not
    // "positions", which armies hold)
    for (int c : s.children(trigger, "obj")) {
      if (SPOKEN_THINGS.contains(s.tokens().get(c).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** What one attacks with words only: what was said, planned or done in office. */
  private static final Set<String> SPOKEN_THINGS = Set.of("word", "remark", "comment",
      "statement", "speech", "claim", "policy", "plan", "proposal", "record", "decision",
      "stance", "budget", "bill", "law", "rhetoric", "handling", "response",
      "approach", "strategy", "reform", "idea", "view", "argument");

  /**
   * Returns whether a blow is dealt with money or law, not force: "hit the company with a tax
   * bill", "slapped sanctions on", "hit Chile with tariffs" (163).
   */
  public boolean economicBlow(ParsedSentence s, int trigger) {
    if (!VERBAL_ATTACKS.contains(s.tokens().get(trigger).lemma())
        && !s.tokens().get(trigger).lemma().equals("slap")) {
      return false;
    }
    for (String rel : List.of("obl:with", "obj")) {
      for (int c : s.children(trigger, rel)) {
        if (ECONOMIC_BLOWS.contains(s.tokens().get(c).lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns whether what a verb of backing backs is a blow to its possessor ("backed Assad's
   * overthrow", "supports his removal"): no support of that actor.
   */
  public boolean backsHarm(ParsedSentence s, int trigger) {
    for (int c : s.children(trigger, "obj")) {
      if (HARMS.contains(s.tokens().get(c).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Measures of money or law one may hit an actor with. */
  private static final Set<String> ECONOMIC_BLOWS = Set.of("sanction", "tariff", "duty", "tax",
      "bill", "fine", "penalty", "levy", "embargo", "restriction", "lawsuit");
  /** What befalls an actor against its will ("his removal", "the regime's overthrow"). */
  private static final Set<String> HARMS = Set.of("overthrow", "removal", "ouster", "downfall",
      "fall", "resignation", "arrest", "prosecution", "isolation", "punishment", "impeachment",
      "expulsion", "defeat", "dismissal", "sacking", "trial", "extradition");

  /** The phrases that give a reason ("over taxes", "for its stance"). */
  private static final List<String> REASONS = List.of("obl:over", "obl:for");
  /** Verbs of attack that a reason makes words ("attacked the government over taxes"). */
  private static final Set<String> VERBAL_ATTACKS = Set.of("attack", "hit", "blast", "slam",
      "savage", "assail", "lash");

  /**
   * Returns whether what a trigger governs is a peacekeeping mission ("deployed 300 troops to
   * the UN peacekeeping mission", "sent soldiers as peacekeepers"), within four steps and not
   * through a conjunct or a parenthetical clause.
   */
  public boolean peacekeeping(ParsedSentence s, int trigger) {
    if (peacekeepingBelow(s, trigger, true)) {
      return true;
    }
    // "announced the deployment of troops to Liberia on a peacekeeping mission": the parser
    // hangs where they go on the verb the noun is the object of
    for (Dependency d : s.heads(trigger)) {
      if (s.tokens().get(trigger).isNoun() && d.relation().equals("obj")
          && s.tokens().get(d.governor()).isVerb() && peacekeepingBelow(s, d.governor(), false)) {
        return true;
      }
    }
    return false;
  }

  private boolean peacekeepingBelow(ParsedSentence s, int head, boolean clauses) {
    return below(s, head, rel -> true, rel -> !rel.startsWith("conj") && !rel.equals("parataxis")
        && (clauses || !rel.startsWith("ccomp")),
        4, i -> PEACEKEEPING.contains(s.tokens().get(i).lemma()) ? Optional.of(true)
            : Optional.empty()).isPresent();
  }

  /**
   * Returns the code of the act an appeal or demand asks for: the first pattern that fits a word
   * in what the trigger governs ("urged Russia to respect the ceasefire", "demanded the release
   * of"), nearest first.
   */
  public Optional<String> requestedAct(ParsedSentence s, int trigger) {
    Reader r = new Reader(s, new Mention[s.tokens().size()], null, this::violentNoun,
        this::nounPatterns, this::violentVerb);
    // what is asked for: "to respect", "that they leave", "the release of", "for talks"; not
    // where or when it was asked ("in a phone call")
    return below(s, trigger,
        rel -> rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.equals("obj")
            || rel.equals("obl:for") || rel.equals("nmod:for"),
        rel -> !rel.equals("punct"), 3,
        i -> patternsOf(s.tokens().get(i)).stream()
            .filter(p -> r.particleOk(i, p) && r.objectOk(i, p)).findFirst()
            .map(EventPattern::code));
  }

  /**
   * A request or demand that a rejection turns down: the code of its noun's pattern, and the
   * noun (whose complement may say what is asked: "the demand for the release of").
   */
  public record Request(String code, int noun) {}

  /**
   * Returns the request or demand that a verb of rejection has as object: "rejected calls for his
   * resignation" (0241), "turned down the opposition's demand" (100), or empty.
   */
  public Optional<Request> rejectedRequest(ParsedSentence s, int trigger) {
    Reader r = new Reader(s, new Mention[s.tokens().size()], null, this::violentNoun,
        this::nounPatterns, this::violentVerb);
    for (Dependency d : s.children(trigger)) {
      if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass")) {
        continue;
      }
      int noun = d.dependent();
      for (EventPattern p : patternsOf(s.tokens().get(noun))) {
        String root = p.code().substring(0, 2);
        if (p.noun() && (root.equals("02") || root.equals("10")) && r.objectOk(noun, p)) {
          return Optional.of(new Request(p.code(), noun));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first answer {@code probe} gives for a word below a trigger, breadth first: the
   * trigger's dependents by a relation {@code first} allows are one step away, and the dependents
   * of a word reached by a relation {@code follow} allows are one step further, up to {@code
   * steps}.
   */
  private static <T> Optional<T> below(ParsedSentence s, int trigger, Predicate<String> first,
      Predicate<String> follow, int steps, IntFunction<Optional<T>> probe) {
    // {token, steps from the trigger, 1 when its own dependents are walked}
    Deque<int[]> queue = new ArrayDeque<>();
    for (Dependency d : s.children(trigger)) {
      if (first.test(d.relation())) {
        queue.add(new int[] {d.dependent(), 1, follow.test(d.relation()) ? 1 : 0});
      }
    }
    // each word at most twice: once reached by a relation walked further, once not
    Set<Integer> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      if (!seen.add(2 * at[0] + at[2])) {
        continue;
      }
      Optional<T> found = probe.apply(at[0]);
      if (found.isPresent()) {
        return found;
      }
      if (at[2] == 1 && at[1] < steps) {
        for (Dependency d : s.children(at[0])) {
          queue.add(new int[] {d.dependent(), at[1] + 1, follow.test(d.relation()) ? 1 : 0});
        }
      }
    }
    return Optional.empty();
  }

  /** Returns whether a token can trigger an event, before parsing (for sentence selection). */
  public boolean mayTrigger(Token t) {
    return !patternsOf(t).isEmpty();
  }

  /** The patterns of a token's lemma as a verb or, as {@link #nounPatterns} says, a noun. */
  private List<EventPattern> patternsOf(Token t) {
    return t.isVerb() ? patterns.verb(t.lemma())
        : t.isNoun() ? nounPatterns(t.lemma()) : List.of();
  }

  /**
   * The patterns of a token, where a noun that the tokenizer split off a hyphenated word ("cease
   * - fire", "air - strikes") takes those of the whole word when it has any, and a month or day
   * written as a name ("March") has none.
   */
  private List<EventPattern> patternsOf(ParsedSentence s, Token t) {
    int i = t.index();
    if (t.tag().startsWith("NNP") && TIME_WORDS.contains(t.lemma())) {
      // "on 3 March" is a date, not a protest march
      return List.of();
    }
    if (t.isNoun() && i >= 2 && s.tokens().get(i - 1).word().equals("-")) {
      Token first = s.tokens().get(i - 2);
      Token dash = s.tokens().get(i - 1);
      if (first.end() == dash.begin() && dash.end() == t.begin()) {
        List<EventPattern> whole = nounPatterns(first.lemma() + "-" + t.lemma());
        if (!whole.isEmpty()) {
          return whole;
        }
      }
    }
    return patternsOf(t);
  }

  /**
   * Verbs whose past participle describes a standing relation of the noun it modifies ("forces
   * backed by Russia", "a Saudi-led coalition"), not a reported act.
   */
  private static final Set<String> DESCRIBING = Set.of("back", "support", "sponsor", "arm",
      "fund", "finance", "train", "equip", "ally", "align", "link", "lead");

  /**
   * Returns the events of a parsed sentence, in trigger order.
   *
   * @param mentions the sentence's lexicon mentions
   */
  public List<Candidate> extract(ParsedSentence s, List<Mention> mentions, DocumentContext ctx) {
    List<Candidate> out = new ArrayList<>();
    if (!s.isParsed()) {
      return out;
    }
    Mention[] byToken = byToken(s, mentions);
    theCountry(s, byToken);
    Reader r = new Reader(s, byToken, ctx, this::violentNoun, this::nounPatterns,
        this::violentVerb);
    for (Token t : s.tokens()) {
      List<EventPattern> ps = patternsOf(s, t);
      Mention here = byToken[t.index()];
      // a word that names an actor is not also its act ("Jordan"), but a role noun or an
      // organization's generic noun can be ("mission", "alliance", "pact")
      if (ps.isEmpty() || here != null && here.kind() != Mention.Kind.AGENT
          && here.kind() != Mention.Kind.ORG_NOUN || describes(s, t)) {
        continue;
      }
      int effort = effortHead(s, t.index());
      out.addAll(r.bestOf(effort, ps));
    }
    out.addAll(r.demands());
    // a label ("called the envoy a liar") is no appeal, and a call for punishment neither an
    // appeal nor a demand made of anyone: drop those read off their verb
    List<Candidate> judged = r.criticisms();
    List<Candidate> punish = r.callsToPunish();
    Set<Integer> labels = new HashSet<>();
    judged.forEach(c -> labels.add(c.trigger()));
    Set<Integer> calls = new HashSet<>();
    punish.forEach(c -> calls.add(c.trigger()));
    out.removeIf(c -> (labels.contains(c.trigger()) || calls.contains(c.trigger()))
        && c.pattern().code().startsWith("02")
        || calls.contains(c.trigger()) && c.pattern().code().startsWith("10"));
    out.addAll(judged);
    out.addAll(punish);
    out.addAll(r.claims(out));
    out.sort(java.util.Comparator.comparingInt(Candidate::trigger));
    out = dropNounsUnderVerbEvents(s, out);
    out = blowsOverHarms(s, out);
    out = demandsAsProtests(s, out);
    out = meetingsOfBodies(s, out, byToken);
    if (ctx.oneActorEnough()) {
      // a comment the main verb makes ("expressed concern over the attack", "sent condolences
      // after the bombing") is the sentence's act, before what it comments on; a plain report
      // ("said they attacked") only when the sentence tells nothing else
      List<Candidate> said = r.statement();
      // (attending is told by what is attended: "attend the meeting" is the meeting)
      boolean comment = !said.isEmpty() && comments(said.get(0).pattern().code());
      if (out.isEmpty() || comment && out.stream().noneMatch(c -> c.trigger() <= said.get(0)
          .trigger())) {
        out.addAll(said);
        out.sort(java.util.Comparator.comparingInt(Candidate::trigger));
      }
    }
    return out;
  }

  /** The mention each token of a sentence belongs to, or null. */
  private static Mention[] byToken(ParsedSentence s, List<Mention> mentions) {
    Mention[] byToken = new Mention[s.tokens().size()];
    for (Mention m : mentions) {
      for (int i = m.begin(); i < m.end(); i++) {
        byToken[i] = m;
      }
    }
    return byToken;
  }

  /** The code of the pronoun-like mention that "the country" is. */
  private static final String THE_COUNTRY = "the country";
  /** Nouns that, singular and definite, stand for a country named before ("the country"). */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");

  /**
   * Marks "the country" and "this nation" to stand for the country named last before them (see
   * {@link DocumentContext#theCountry}): "decided to withdraw from the country", "the country's
   * army".
   */
  private static void theCountry(ParsedSentence s, Mention[] byToken) {
    for (Token t : s.tokens()) {
      if (byToken[t.index()] != null || !t.tag().equals("NN")
          || !COUNTRY_NOUNS.contains(t.lemma())) {
        continue;
      }
      boolean definite = false;
      boolean described = false;
      for (Dependency d : s.children(t.index())) {
        String w = s.tokens().get(d.dependent()).lemma();
        definite |= d.relation().equals("det") && (w.equals("the") || w.equals("this"));
        // "the host country", "a third country", "the African nation": some other one
        described |= d.relation().equals("amod") || d.relation().equals("compound")
            || d.relation().equals("nummod");
      }
      if (definite && !described) {
        // resolved where its phrase is read, as a pronoun is, but away from the act's other side
        byToken[t.index()] = new Mention(t.index(), t.index() + 1, Mention.Kind.PRONOUN,
            THE_COUNTRY, THE_COUNTRY);
      }
    }
  }

  /**
   * Returns the plural noun phrases of a sentence that a later "they" may stand for, with the
   * actor each names ("Syrian rebels") or none ("her parents", "thousands of people"); a named
   * country or organization is remembered as itself. A sentence left unparsed gives its plural
   * nouns without actors; one left untagged gives none.
   */
  public List<DocumentContext.Plural> plurals(ParsedSentence s, List<Mention> mentions,
      DocumentContext ctx) {
    Mention[] byToken = byToken(s, mentions);
    Reader r = s.isParsed() ? new Reader(s, byToken, ctx, this::violentNoun, this::nounPatterns,
        this::violentVerb) : null;
    List<DocumentContext.Plural> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      Mention m = byToken[t.index()];
      boolean plural = t.isTagged() && (t.tag().equals("NNS") || t.tag().equals("NNPS"));
      // acts ("attacks", "talks") are seldom whom "they" means where people are named
      if (!plural || TIME_WORDS.contains(t.lemma()) || !nounPatterns(t.lemma()).isEmpty()
          || m != null
          && m.kind() != Mention.Kind.AGENT && m.kind() != Mention.Kind.ADJECTIVE) {
        continue;
      }
      boolean modifier = false;
      if (r != null) {
        for (Dependency d : s.heads(t.index())) {
          modifier |= d.relation().equals("compound") || d.relation().equals("amod");
        }
      }
      if (!modifier) {
        Optional<String> code = r == null ? Optional.empty()
            : r.phraseActor(t.index(), Set.of()).map(ActorMatch::code);
        out.add(new DocumentContext.Plural(s.index(), t.index(), code));
      }
    }
    return out;
  }

  /**
   * A trip to a city for a meeting of an international body ("arrived in Vienna for UN talks",
   * "flew to Brussels for a NATO summit") is a visit to that body, not to the city's country.
   */
  private static List<Candidate> meetingsOfBodies(ParsedSentence s, List<Candidate> in,
      Mention[] byToken) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate c : in) {
      Mention place = byToken[c.targetHead()];
      boolean city = place != null && (place.kind() == Mention.Kind.CAPITAL
          || place.kind() == Mention.Kind.PLACE);
      Mention body = null;
      if (c.pattern().code().equals("042") && city) {
        for (Dependency d : s.children(c.trigger())) {
          if (!d.relation().equals("obl:for") || body != null) {
            continue;
          }
          int from = d.dependent() - 4;
          for (int k : s.children(d.dependent(), "case")) {
            from = Math.max(from, k + 1);
          }
          for (int w = d.dependent(); w >= from && body == null; w--) {
            // the body names the meeting: "for a UN-hosted round of talks"
            Mention m = byToken[w];
            body = m != null && m.kind() == Mention.Kind.ORG && m.code().startsWith("IGO") ? m
                : null;
          }
        }
      }
      out.add(body == null ? c : new Candidate(s, c.trigger(), c.pattern(), c.source(),
          new ActorMatch(body.code(), body.begin(), body.end(), body.entry()), c.sourceHead(),
          body.begin(), c.path() + "; meeting of " + body.code()));
    }
    return out;
  }

  /**
   * The people of a parsed sentence whom the lexicon does not know, for a later "he" or "she":
   * with the actor of the role the sentence gives them in apposition ("Jan Olsen, a spokesman
   * for the UN"), else with an empty code when the name is plainly a person's ({@link
   * #someone}), so that "he" does not reach past them to someone named before.
   */
  public List<DocumentContext.Person> people(ParsedSentence s, List<Mention> mentions,
      DocumentContext ctx) {
    if (!s.isParsed()) {
      return List.of();
    }
    Mention[] byToken = byToken(s, mentions);
    Reader r = null;
    List<DocumentContext.Person> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!t.tag().startsWith("NNP") || byToken[t.index()] != null) {
        continue;
      }
      boolean role = false;
      for (int a : s.children(t.index(), "appos")) {
        role |= byToken[a] != null && byToken[a].kind() == Mention.Kind.AGENT
            || SPOKESMEN.contains(s.tokens().get(a).lemma());
      }
      Optional<ActorMatch> who = Optional.empty();
      if (role) {
        r = r == null ? new Reader(s, byToken, ctx, this::violentNoun, this::nounPatterns,
            this::violentVerb) : r;
        // "Jan Olsen, a railway worker" speaks for no sector: only an office says whose he is
        who = r.phraseActor(t.index(), Set.of())
            .filter(a -> !ActorRef.bareCountry(a.code()) && !PRIVATE_ROLES.contains(
                a.code().substring(Math.max(0, a.code().length() - 3))));
      }
      if (who.isEmpty() && !someone(s, t.index())) {
        continue;
      }
      out.add(new DocumentContext.Person(s.index(), t.index(),
          who.map(ActorMatch::code).orElse(""), DocumentContext.subjectOfRoot(s, t.index())));
    }
    return out;
  }

  /**
   * Whether a name the lexicon does not know is plainly a person's: the one who says ("said
   * Jan Olsen"), with an age (", 53,") or with "who" ("Olsen, who fled"). Such a person,
   * named after a known one, is whom a "he" or "she" after it stands for.
   */
  private static boolean someone(ParsedSentence s, int name) {
    for (Dependency d : s.heads(name)) {
      if (d.relation().equals("nsubj") && SAY.contains(s.tokens().get(d.governor()).lemma())) {
        return true;
      }
    }
    for (Dependency d : s.children(name)) {
      int c = d.dependent();
      if (s.tokens().get(c).tag().equals("CD") && c > 0
          && s.tokens().get(c - 1).word().equals(",")) {
        // ", 53," hung as appos, amod or nummod
        return true;
      }
      if (d.relation().equals("ref") && s.tokens().get(c).lemma().equals("who")) {
        return true;
      }
      for (int who : s.children(c, "nsubj")) {
        // "Olsen, who fled", its clause hung as acl:relcl or, misread, as dep
        if (s.tokens().get(who).lemma().equals("who")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Role nouns for a body that "it" can stand for ("the regime said it would"). */
  private static final Set<String> BODIES = Set.of("government", "regime", "administration",
      "ministry", "army", "military", "police", "cabinet", "parliament", "court", "junta",
      "authority", "legislature", "council", "navy", "force", "party", "movement", "group",
      "militia");

  /** Nouns through which a blow is the means of a harm ("died as a result of torture"). */
  private static final Set<String> RESULTS = Set.of("result", "consequence");

  /**
   * Whether a noun hangs on a verb as what does its deed: its subject ("shelling killed five
   * soldiers") or the means of a passive or intransitive one ("were killed in airstrikes", "died
   * during an attack", "killed by a bomb").
   */
  private static boolean means(String relation) {
    return relation.equals("nsubj") || relation.startsWith("obl:in")
        || relation.equals("obl:during") || relation.startsWith("obl:by")
        || relation.equals("obl:agent")
        // "died after torture", "died from the blast", "died due to torture"
        || relation.equals("obl:after") || relation.equals("obl:from")
        || relation.equals("obl:due_to") || relation.equals("obl:following");
  }

  /**
   * "Chilean airstrikes killed ten civilians": the killing and the airstrikes are one happening,
   * told best by the blow's noun (195), so a violent verb whose means is a blow between the same
   * actors is dropped.
   */
  private static List<Candidate> blowsOverHarms(ParsedSentence s, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate v : all) {
      boolean byBlow = false;
      if (!v.pattern().noun() && CameoCode.violent(v.pattern().code())) {
        for (Candidate n : all) {
          if (!n.pattern().noun() || !CameoCode.violent(n.pattern().code())
              || !n.source().code().equals(v.source().code())
              || !n.target().code().equals(v.target().code())) {
            continue;
          }
          for (Dependency d : s.heads(n.trigger())) {
            byBlow |= d.governor() == v.trigger() && means(d.relation());
          }
        }
      }
      if (!byBlow) {
        out.add(v);
      }
    }
    return out;
  }

  /** Words of protest whose clause says what the protest demands ("rallied to demand"). */
  private static final Set<String> PROTESTS = Set.of("protest", "protester", "protestor",
      "demonstration", "demonstrate", "demonstrator", "rally", "march", "marcher", "strike",
      "striker", "sit-in", "picket", "walkout");
  private static final EventPattern PROTEST = new EventPattern("protest-demand.v.140", "140",
      false, "demand", "", Set.of(), false, List.of(), "", "");

  /**
   * "fishermen blocked the port in a protest to demand quotas from the ministry",
   * "protesters demanding his resignation": a demand that a protest makes is that protest, one
   * happening against the side it asks (140), not a demand besides it.
   */
  private static List<Candidate> demandsAsProtests(ParsedSentence s, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      boolean protest = false;
      if (c.pattern().code().startsWith("10")) {
        for (Dependency d : s.heads(c.trigger())) {
          String rel = d.relation();
          if (rel.startsWith("acl") || rel.startsWith("xcomp") || rel.startsWith("advcl")
              || rel.equals("dep")) {
            // the protest governs the demand, or frames the act it hangs on ("blocked the
            // roads in a protest to demand ...")
            protest |= PROTESTS.contains(s.tokens().get(d.governor()).lemma());
            for (Dependency e : s.children(d.governor())) {
              // "... in a protest to demand", "began a hunger strike to demand"
              protest |= (e.relation().equals("obl:in") || e.relation().equals("obl:as")
                  || e.relation().equals("obj"))
                  && PROTESTS.contains(s.tokens().get(e.dependent()).lemma());
            }
          }
        }
      }
      out.add(protest ? new Candidate(s, c.trigger(), PROTEST, c.source(), c.target(),
          c.sourceHead(), c.targetHead(), c.path() + " (said by a protest)") : c);
    }
    return out;
  }

  /** Nouns that count the rounds of an event noun ("a new round of talks", "a wave of"). */
  private static final Set<String> SERIES = Set.of("round", "series", "wave", "spate",
      "string", "flurry", "campaign", "program", "programme");
  /** Nouns that only frame the event noun compounded with them ("a mediation effort"). */
  private static final Set<String> EFFORTS = Set.of("effort", "bid", "initiative", "mission",
      "process", "drive", "attempt");

  /**
   * Where a noun trigger's phrase is anchored: the framing noun it is compounded with ("launched
   * a mediation effort between ...": the verb and the "between" hang on "effort"), else itself.
   */
  private static int effortHead(ParsedSentence s, int trig) {
    if (!s.tokens().get(trig).isNoun()) {
      return trig;
    }
    for (Dependency d : s.heads(trig)) {
      if (d.relation().equals("compound")
          && EFFORTS.contains(s.tokens().get(d.governor()).lemma())) {
        return d.governor();
      }
    }
    return trig;
  }

  /** Whether a verb lifts or ends its object: "call" and "roll" only as "call off", "roll back". */
  private static boolean undoes(ParsedSentence s, int verb) {
    Token v = s.tokens().get(verb);
    if (!v.isVerb() || !UNDOING.contains(v.lemma())) {
      return false;
    }
    if (v.lemma().equals("call") || v.lemma().equals("roll")) {
      return hasParticle(s, verb, UNDOING_PARTICLES::contains);
    }
    return true;
  }

  /**
   * Whether a verb has a particle whose lemma passes {@code lemma}: the parser gives "back" or
   * "off" as a particle or as an adverb ("hit back at", "rolled back tariffs").
   */
  private static boolean hasParticle(ParsedSentence s, int verb, Predicate<String> lemma) {
    for (Dependency d : s.children(verb)) {
      if ((d.relation().equals("compound:prt") || d.relation().equals("advmod"))
          && lemma.test(s.tokens().get(d.dependent()).lemma())) {
        return true;
      }
      if (d.relation().equals("xcomp") && lemma.test(s.tokens().get(d.dependent()).lemma())
          && !s.tokens().get(d.dependent()).isVerb()) {
        // "set the hostages free"
        return true;
      }
      if (d.relation().equals("obj")) {
        // "set free the hostages", the particle read as the object's adjective
        for (int a : s.children(d.dependent(), "amod")) {
          if (a == verb + 1 && lemma.test(s.tokens().get(a).lemma())) {
            return true;
          }
        }
      }
      // "forced the envoys out of the country": the particle begins the verb's "out of" phrase
      String rel = d.relation();
      int under = rel.indexOf('_');
      if (rel.startsWith("obl:") && under > 4 && lemma.test(rel.substring(4, under))) {
        return true;
      }
    }
    return false;
  }

  private static boolean describes(ParsedSentence s, Token t) {
    if (!t.tag().equals("VBN") || !DESCRIBING.contains(t.lemma())) {
      return false;
    }
    for (Dependency d : s.heads(t.index())) {
      if (d.relation().equals("acl") || d.relation().equals("amod")) {
        return true;
      }
    }
    // the parser may make "forces backed by Russia continued ..." a clause of "backed": a
    // participle with its agent and no auxiliary is still the description
    boolean agent = !s.children(t.index(), "obl:by").isEmpty()
        || !s.children(t.index(), "obl:agent").isEmpty();
    return agent && s.children(t.index(), "aux").isEmpty()
        && s.children(t.index(), "aux:pass").isEmpty();
  }

  /** Verbs whose object names the act they make happen ("ordered the withdrawal of"). */
  private static final Set<String> ORDERING = Set.of("order", "authorize", "authorise");

  /** What "call" and "roll" need to undo their object: "call off", "roll back". */
  private static final Set<String> UNDOING_PARTICLES = Set.of("off", "back");
  /**
   * Verbs that end, lift or undo what their object names ("lifted the sanctions"). Not those that
   * keep it from happening ("cancelled the summit"): that act is coded, negated (ModeDetector).
   */
  private static final Set<String> UNDOING = Set.of("lift", "ease", "remove", "end", "cease",
      "suspend", "scrap", "repeal", "revoke", "relax", "drop", "abandon", "waive", "annul",
      "terminate", "withdraw", "roll", "call", "loosen", "rescind", "overturn", "pull", "cut",
      "halt", "stop", "freeze", "withhold", "slash", "renege");

  /**
   * "suspended talks with China" is a suspension, not also talks: a noun event whose noun is the
   * object of a verb that made an event of its own is dropped, and so is one that a verb ends or
   * lifts ("removed the sanctions on ...", "called off the strike"), which is no such act. An
   * appeal, demand, accusation or threat that is rejected or denied was made, though: "rejected
   * the opposition's demand for his resignation" is the demand and its rejection.
   */
  private static List<Candidate> dropNounsUnderVerbEvents(ParsedSentence s, List<Candidate> all) {
    Set<Integer> verbTriggers = new HashSet<>();
    Set<Integer> answers = new HashSet<>();
    for (Candidate c : all) {
      if (!c.pattern().noun()) {
        verbTriggers.add(c.trigger());
        if (c.pattern().code().startsWith("12") || c.pattern().code().equals("016")) {
          answers.add(c.trigger());
        }
      }
    }
    // "ordered the expulsion of the envoy": the order is the act it orders, by whoever gave it
    // (the noun takes the verb's subject as a light verb's), not a demand made of the envoy
    Set<Integer> orders = new HashSet<>();
    for (Candidate c : all) {
      if (c.pattern().noun()) {
        for (Dependency d : s.heads(c.trigger())) {
          if (d.relation().equals("obj")
              && ORDERING.contains(s.tokens().get(d.governor()).lemma())) {
            orders.add(d.governor());
          }
        }
      }
    }
    verbTriggers.removeAll(orders);
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      if (!c.pattern().noun() && orders.contains(c.trigger())) {
        continue;
      }
      boolean under = false;
      if (c.pattern().noun()) {
        String root = c.pattern().code().substring(0, 2);
        boolean said = root.equals("02") || root.equals("10") || root.equals("11")
            || root.equals("13");
        for (Dependency d : s.heads(c.trigger())) {
          boolean object = d.relation().equals("obj") || d.relation().equals("nsubj:pass");
          // "withdrew from the deal", "reneged on the accord": what is undone, with a preposition
          boolean left = d.relation().equals("obl:from") || d.relation().equals("obl:on")
              || d.relation().equals("obl:out_of");
          under |= object && (verbTriggers.contains(d.governor())
              && !(said && answers.contains(d.governor())) || undoes(s, d.governor()))
              || left && undoes(s, d.governor());
        }
      }
      if (!under) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a statement code is a comment on something (concern, hope, sympathy, a policy
   * weighed), not a plain statement (010) or a symbolic act told by what it marks (017).
   */
  private static boolean comments(String code) {
    return !code.equals("010") && !code.equals("017");
  }

  /** Report verbs whose actor subject makes a statement (010) in sentence classification. */
  private static final Set<String> SAY = Set.of("say", "state", "tell", "announce", "declare",
      "add", "note", "stress", "insist", "comment", "suggest", "explain", "describe", "claim",
      "argue", "assert", "affirm", "emphasize", "emphasise", "reiterate", "write", "predict");
  /** Words that make a comment pessimistic (012), optimistic (013) or sympathetic (018). */
  private static final Set<String> COMMENT_PESSIMISM = Set.of("concern", "worry", "alarm",
      "dismay", "pessimism", "pessimistic", "doubt", "skeptical", "sceptical", "skepticism",
      "scepticism", "concerned", "worried", "disappointment", "disappointed", "regret", "fear");
  private static final Set<String> COMMENT_OPTIMISM = Set.of("hope", "optimism", "optimistic",
      "confident", "confidence", "hopeful", "expect", "satisfaction", "satisfied", "wish");
  private static final Set<String> COMMENT_SYMPATHY = Set.of("condolence", "sympathy",
      "sorrow", "grief", "solidarity");
  /** Words that judge an act as wrong ("an attack on", "a violation of", "provocative"). */
  private static final Set<String> BLAME = Set.of("attack", "violation", "breach", "threat",
      "crime", "provocation", "aggression", "interference", "mistake", "insult", "lie", "farce",
      "betrayal", "provocative", "unacceptable", "illegal", "illegitimate", "irresponsible",
      "alarming", "dangerous", "destabilizing", "destabilising", "hostile", "absurd",
      "outrageous", "shameful", "reckless", "counterproductive", "baseless", "unfounded",
      "unjustified", "unjustifiable", "unwarranted", "wrong", "inappropriate", "inconsistent",
      "groundless", "hypocritical", "aggressive", "unfriendly", "regrettable", "deplorable",
      "disgraceful", "ridiculous", "destructive", "unconstitutional", "undemocratic",
      "problem", "menace", "obstacle", "enemy", "terrorist",
      // insults ("called the minister nasty", "a stupid guy")
      "stupid", "nasty", "incompetent", "liar", "idiot", "fool", "foolish", "corrupt", "evil",
      "disgrace", "dishonest", "pathetic", "traitor", "thug", "tyrant", "dictator", "racist",
      "fascist", "criminal", "murderer", "butcher", "clown", "weak", "failure", "hypocrite");
  /**
   * Verbs whose deed, said of an actor, reproaches it ("said Chile's moves undermined the
   * talks"): a criticism by the speaker, as a blaming word is.
   */
  private static final Set<String> HARMFUL_DEEDS = Set.of("undermine", "sabotage", "jeopardize",
      "jeopardise", "destabilize", "destabilise", "obstruct", "poison", "wreck", "derail",
      "torpedo");
  /** Words of good will that, denied of an actor, blame it ("is not interested in talks"). */
  private static final Set<String> GOOD_WILL = Set.of("interested", "serious", "sincere",
      "willing", "committed", "genuine", "honest", "constructive", "credible", "trustworthy");
  /** Auxiliaries that say what the subject of their clause must do ("Iran must stop"). */
  private static final Set<String> OBLIGING = Set.of("must", "should");
  /**
   * Verbs that label their object ("described the move as provocative", "called it a lie",
   * "regards the militia as terrorists").
   */
  private static final Set<String> LABEL_VERBS = Set.of("describe", "call", "brand", "label",
      "term", "denounce", "dismiss", "regard", "consider", "view", "deem");
  private static final EventPattern CRITICISM = new EventPattern("say-blame.v.111", "111", false,
      "say", "", Set.of(), false, List.of("ccomp.nsubj"), "", "");
  /** Measures one may call for against an actor ("sanctions against Turkey"). */
  private static final Set<String> PUNISHMENTS = Set.of("sanction", "embargo", "boycott",
      "action", "measure", "punishment", "penalty", "reprisal", "retaliation");
  private static final EventPattern PUNISHMENT_CALL = new EventPattern("call-punish.v.111", "111",
      false, "call", "", Set.of(), false, List.of("obl:for.nmod:against"), "", "");
  private static final EventPattern DEMAND = new EventPattern("say-must.v.100", "100", false,
      "say", "", Set.of(), false, List.of("ccomp.nsubj"), "", "");
  private static final EventPattern STATEMENT = new EventPattern("say.v.010", "010", false, "say",
      "", Set.of(), false, List.of("obl:to", "iobj"), "", "");
  /** Verbs of taking people, whose participle tells who was taken ("a reporter held by"). */
  private static final Set<String> CAPTURING = Set.of("arrest", "detain", "hold", "jail",
      "imprison", "capture", "abduct", "kidnap", "seize");
  /** Verbs by which an actor owns a blow of its own ("claimed it had shelled the base"). */
  private static final Set<String> OWNING = Set.of("claim", "admit", "acknowledge");
  private static final EventPattern CLAIM = new EventPattern("claim-own.v.015", "015", false,
      "claim", "", Set.of(), false, List.of("ccomp.obj"), "", "");

  /**
   * A breadth-first walk over a sentence's words that visits each word once, in the order in which
   * a queue of every word reached would first give it: reusable, one per walking method, with
   * plain int arrays instead of a boxed queue and set (issue 6).
   */
  private static final class Walk {
    private final int[] queue;
    private final int[] mark;
    private int stamp;
    private int head;
    private int tail;

    Walk(int words) {
      this.queue = new int[words];
      this.mark = new int[words];
    }

    /** Starts a new walk at {@code word}. */
    Walk start(int word) {
      stamp++;
      head = 0;
      tail = 0;
      add(word);
      return this;
    }

    /** Queues a word unless this walk has reached it already. */
    void add(int word) {
      if (mark[word] != stamp) {
        mark[word] = stamp;
        queue[tail++] = word;
      }
    }

    /** The next word, or -1 at the end of the walk. */
    int next() {
      return head < tail ? queue[head++] : -1;
    }
  }

  /** The reading of one sentence. */
  private static final class Reader {
    private final ParsedSentence s;
    private final Mention[] byToken;
    private final DocumentContext ctx;
    /** How far {@link #verbSources} has climbed to a governing verb, to stop on cycles. */
    private int depth;
    /**
     * The sources {@link #verbSources} found for a verb from the bottom ({@code depth} 0), by
     * token: every pattern of a trigger asks again, and the answer depends only on the sentence
     * and the article's context, which do not change while a sentence is read (issue 6).
     */
    private final Map<Integer, Map<Integer, ActorMatch>> verbSourcesAt = new HashMap<>();
    /** The walks of {@link #phraseActor} and {@link #findInside}, which calls it. */
    private final Walk phraseWalk;
    private final Walk insideWalk;
    /** Whether a word is a noun naming a blow ("airstrikes", "shelling", "an attack"). */
    private final Predicate<Token> violentNoun;
    /** Whether a word is a verb with a pattern of violence ("shelled", "bombed"). */
    private final Predicate<Token> violentVerb;
    /** The noun patterns of a lemma. */
    private final Function<String, List<EventPattern>> nouns;

    Reader(ParsedSentence s, Mention[] byToken, DocumentContext ctx,
        Predicate<Token> violentNoun, Function<String, List<EventPattern>> nouns,
        Predicate<Token> violentVerb) {
      this.s = s;
      this.violentVerb = violentVerb;
      this.violentNoun = violentNoun;
      this.nouns = nouns;
      this.byToken = byToken;
      this.ctx = ctx;
      this.phraseWalk = new Walk(s.tokens().size());
      this.insideWalk = new Walk(s.tokens().size());
    }

    /**
     * The events of the first of a trigger's patterns that names both sides. When one actor is
     * enough (sentence classification), a pattern whose target slot is there in the sentence
     * ("agreed to accept ...": xcomp) comes before one that merely fires ("agreed" with no
     * "with"), so that the sentence's structure, not the lexicon's order, picks the reading.
     */
    List<Candidate> bestOf(int trig, List<EventPattern> ps) {
      for (EventPattern p : ps) {
        List<Candidate> found = tryPattern(trig, p, false);
        if (!found.isEmpty()) {
          return found;
        }
      }
      if (!ctx.oneActorEnough()) {
        return List.of();
      }
      List<Candidate> fallback = List.of();
      for (EventPattern p : ps) {
        if (smallClause(p) && !slotPresent(trig, p)) {
          // "held a protest" is no "held Iran responsible": the small clause is the act
          continue;
        }
        List<Candidate> found = tryPattern(trig, p, true);
        // a pattern that names what the act is done to ("violated the ceasefire") reads the
        // act whether or not its target is there
        boolean namedObject = !p.objects().isEmpty() && !p.anyObject() && !p.noObject();
        if (!found.isEmpty() && (namedObject || slotPresent(trig, p))) {
          return found;
        }
        if (fallback.isEmpty()) {
          fallback = found;
        }
      }
      return fallback;
    }

    /**
     * Whether a word of violence is meant figuratively: a noun by a modifier that makes it a
     * contest of another kind ("a legal battle", "a trade war", "a political attack") or no
     * violence at all ("a cease-fire", "peacekeeping operations"); a verb by an idiom ("stabbed
     * its ally in the back").
     */
    private boolean figurative(int trig, EventPattern p) {
      if (!p.noun() && FIGHTING.contains(s.tokens().get(trig).lemma())) {
        // "funding to fight the epidemic", "battling corruption": no enemy, and no ally either
        for (int o : s.children(trig, "obj")) {
          if (NO_ENEMIES.contains(s.tokens().get(o).lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
      if (!CameoCode.violent(p.code())) {
        return false;
      }
      if (!p.noun()) {
        // "stabbed Turkey in the back" betrays; no blade is drawn
        for (int c : s.children(trig, "obl:in")) {
          if (s.tokens().get(c).lemma().equals("back")) {
            return true;
          }
        }
        return false;
      }
      for (String rel : List.of("amod", "compound")) {
        for (int c : s.children(trig, rel)) {
          if (NOT_VIOLENT.contains(s.tokens().get(c).lemma())) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a pattern's only target is the subject of a small clause ("held Iran responsible"). */
    private static boolean smallClause(EventPattern p) {
      return p.targets().equals(List.of("xcomp.nsubj"));
    }

    /** Whether the first step of one of the pattern's target slots is in the sentence. */
    private boolean slotPresent(int trig, EventPattern p) {
      for (String slot : p.targets()) {
        String path = slot.startsWith("*") ? slot.substring(1) : slot;
        String first = path.split("\\.")[0];
        List<Integer> heads = first.equals("obj") ? objects(trig, p.noun()) : step(trig, first, p);
        for (int h : heads) {
          // "a hunger strike on Saturday" has no "strike on" slot filled ("talks with May" has)
          if (byToken[h] != null || !TIME_WORDS.contains(s.tokens().get(h).lemma())) {
            return true;
          }
        }
      }
      return false;
    }

    List<Candidate> tryPattern(int trig, EventPattern p) {
      return tryPattern(trig, p, ctx.oneActorEnough());
    }

    /**
     * The events of one pattern at a trigger.
     *
     * @param loose whether a side that names no known actor may be left unnamed
     */
    List<Candidate> tryPattern(int trig, EventPattern p, boolean loose) {
      if (!particleOk(trig, p) || !objectOk(trig, p) || figurative(trig, p)) {
        return List.of();
      }
      Map<Integer, ActorMatch> sources = p.noun() ? nounSources(trig, p) : verbSources(trig);
      if (!p.noun() && pairOrTheySubject(trig) && (!mutual(p) || withPartner(trig, p))) {
        // "the two countries expelled Bolivian diplomats"; "both nations say they will ...",
        // where the pair comes before whom "they" would resolve to; a joint act with a partner
        // named ("the two countries will hold talks with Bolivia") is each one's with it
        Map<Integer, ActorMatch> pair = pairOfSubject(trig);
        if (pair.isEmpty()) {
          pair = pairSaying(trig);
          sources = pair.isEmpty() ? sources : pair;
        } else if (sources.isEmpty() || pair.containsKey(trig)) {
          // a "they" that stands for a pair names both, not the one it would resolve to
          sources = pair;
        }
      }
      if (!p.noun() && CameoCode.violent(p.code()) && markedPassive(trig) && agentless(trig)) {
        // "the rebels were shelled, the minister said": who reports a blow did not strike it (the
        // announcer is the author of a closure or a suspension, not of an attack)
        sources = Map.of();
      }
      if (sources.isEmpty() && p.noun() && CameoCode.violent(p.code())) {
        // "a rebel was killed in a skirmish with the army": whom the killed fought struck them
        Map<Integer, ActorMatch> hit = actors(victims(trig), Set.of());
        Set<String> hitCodes = new HashSet<>();
        hit.values().forEach(a -> hitCodes.add(a.code()));
        for (String slot : p.targets()) {
          if (!hit.isEmpty() && sources.isEmpty() && slot.startsWith("nmod:with")) {
            sources = slot(trig, slot, p, hitCodes);
          }
        }
        boolean twoSided = p.targets().stream()
            .anyMatch(t -> t.startsWith("nmod:with") || t.contains("between"));
        if (sources.isEmpty() && !hit.isEmpty() && !twoSided) {
          // "... twelve farmers died in strikes overnight": a blow whose striker the
          // sentence does not name is the latest striker's at the victims' country (in a
          // skirmish or a clash, the dead may be of either side)
          sources = ctx.strikerOf(s.index(), p.code(), hitCodes)
              .map(c -> toldBefore(trig, c, "act:striker")).orElse(sources);
        }
      }
      if (sources.isEmpty() && p.code().startsWith("084") && !p.noun() && markedPassive(trig)
          && agentless(trig)) {
        // "police detained forty dockers ... the dockers were freed the next day": who
        // held them let them go
        Set<String> held = new HashSet<>();
        actors(patients(trig), Set.of()).values().forEach(a -> held.add(a.code()));
        Optional<String> captor = held.isEmpty() ? Optional.empty()
            : ctx.doerOf("arrest", Set.of("173"), s.index(), held);
        sources = captor.map(c -> toldBefore(trig, c, "act:arrest")).orElse(sources);
      }
      boolean byTheState = sources.isEmpty() && stateActWithoutAgent(trig, p);
      if (sources.isEmpty()) {
        List<Candidate> among = symmetric(p) ? betweenPairs(trig, p) : List.of();
        if (among.isEmpty()) {
          among = pairSubject(trig, p);
        }
        if (!among.isEmpty() || !loose && !byTheState) {
          return among;
        }
      }
      Set<String> sourceCodes = new HashSet<>();
      sources.values().forEach(a -> sourceCodes.add(a.code()));
      Map<Integer, ActorMatch> targets = new LinkedHashMap<>();
      String slotUsed = "";
      List<String> slots = receiverFrame(trig, p) ? List.of("obj", "iobj") : p.targets();
      for (String slot : slots) {
        targets = slot(trig, slot, p, sourceCodes);
        if (p.code().compareTo("05") < 0) {
          // "speaking to reporters", "told journalists": the audience of a statement
          targets = new LinkedHashMap<>(targets);
          targets.keySet().removeIf(h -> AUDIENCE.contains(s.tokens().get(h).lemma()));
        }
        if (!targets.isEmpty()) {
          slotUsed = slot;
          break;
        }
      }
      int light = p.noun() ? lightVerb(trig) : -1;
      if (p.noun() && light < 0) {
        light = aspectualHead(trig);
      }
      for (int k = 0; targets.isEmpty() && light >= 0 && k < p.targets().size(); k++) {
        // "launched an offensive on Sunday against rebel positions": the parser hangs the
        // noun's "against" on the light verb
        String slot = p.targets().get(k);
        String star = slot.startsWith("*") ? "*" : "";
        if (slot.startsWith(star + "nmod:")) {
          targets = slot(light, star + "obl:" + slot.substring(star.length() + 5), STATEMENT,
              sourceCodes);
          slotUsed = "light:" + slot;
        }
      }
      if (targets.isEmpty() && p.noun() && CameoCode.violent(p.code())) {
        // "ten civilians were killed in Chilean airstrikes", "shelling killed five soldiers":
        // whom a blow killed or wounded is whom it struck
        targets = actors(victims(trig), sourceCodes);
        slotUsed = targets.isEmpty() ? slotUsed : "victims";
      }
      if (targets.isEmpty() && !p.noun()
          && (CameoCode.violent(p.code()) || p.code().startsWith("175"))
          && !slotPresent(trig, p)) {
        // "shelled the villages and used poison gas", "beat the marchers and used tear gas": a
        // blow with no target of its own fell on what the blow it is joined to struck (one that
        // names a side the lexicon does not know, "exchanged fire with contractors", did not)
        List<Integer> own = s.children(trig, "nsubj");
        for (Dependency d : s.heads(trig)) {
          if (targets.isEmpty() && d.relation().startsWith("conj")
              && violentVerb.test(s.tokens().get(d.governor()))
              && (own.isEmpty() || own.equals(s.children(d.governor(), "nsubj")))) {
            targets = actors(objects(d.governor(), false), sourceCodes);
            slotUsed = targets.isEmpty() ? slotUsed : "conj.obj";
          }
        }
      }
      if (targets.isEmpty() && !p.noun() && p.code().compareTo("14") < 0
          && p.targets().stream().anyMatch(t -> t.replace("*", "").startsWith("obj"))) {
        // "Bolivia condemned the attack", "rejected the demand": a definite act told before is
        // its doer's; the reaction is toward that doer
        targets = doerOfObject(trig, sourceCodes);
        slotUsed = targets.isEmpty() ? slotUsed : "act";
      }
      if (targets.isEmpty() && light >= 0 && !s.children(light, "iobj").isEmpty()) {
        // "gave Chile a warning", "sent Lima a message": whom the light verb gives it to
        targets = slot(light, "iobj", STATEMENT, sourceCodes);
        slotUsed = "light:iobj";
      }
      if (targets.isEmpty() && !sources.isEmpty() && stateActWithoutAgent(trig, p)) {
        // "police sources said a police officer was arrested": the reporter cannot have arrested
        // itself, so the state did
        for (String slot : slots) {
          targets = slot(trig, slot, p, Set.of());
          if (!targets.isEmpty()) {
            slotUsed = slot;
            byTheState = true;
            break;
          }
        }
      }
      if (byTheState && !targets.isEmpty()) {
        sources = theState(trig, targets.values().iterator().next());
      }
      if (targets.isEmpty() && sources.size() >= 2 && mutual(p)) {
        List<Candidate> among = pairs(trig, p, sources, "co-subjects");
        if (!among.isEmpty()) {
          return among;
        }
      }
      if (p.code().equals("042") && sources.size() == 1 && targets.size() == 1) {
        // "a visit to troops at the base": troops that no word of the phrase gives a country
        // are the visitor's own, not those of the country the story is about
        Map.Entry<Integer, ActorMatch> t = targets.entrySet().iterator().next();
        String land = ActorRef.primaryOf(sources.values().iterator().next().code());
        ActorMatch troops = t.getValue();
        if (troops.code().endsWith("MIL") && troops.entry().startsWith("agents.tsv:")
            && !troops.entry().contains(" + ") && land.length() == 3
            && !troops.code().startsWith(land)) {
          targets = Map.of(t.getKey(), new ActorMatch(land + "MIL", troops.begin(), troops.end(),
              troops.entry()));
        }
      }
      if (loose && sources.isEmpty() && targets.isEmpty() && hasNounSubject(trig, p)) {
        // sentence classification: a verb with a subject is the sentence's act even when
        // neither side is a known actor ("a car bomb killed ...")
        sources = Map.of(trig, unnamed(trig));
      }
      if (loose && (sources.isEmpty() != targets.isEmpty())) {
        ActorMatch unknown = unnamed(trig);
        if (sources.isEmpty()) {
          sources = Map.of(trig, unknown);
        } else {
          targets = Map.of(trig, unknown);
        }
      }
      List<Candidate> out = new ArrayList<>();
      for (Map.Entry<Integer, ActorMatch> src : sources.entrySet()) {
        for (Map.Entry<Integer, ActorMatch> tgt : targets.entrySet()) {
          if (!ActorRef.sameActor(src.getValue().code(), tgt.getValue().code())
              || src.getValue().code().equals(UNKNOWN)) {
            // a pair that one word stands for keys its second actor by the trigger
            int from = src.getKey() == trig ? src.getValue().begin() : src.getKey();
            String path = s.tokens().get(from).word() + " <-subj- "
                + s.tokens().get(trig).word() + " -" + slotUsed + "-> "
                + s.tokens().get(tgt.getKey()).word();
            out.add(new Candidate(s, trig, p, src.getValue(), tgt.getValue(), src.getKey(),
                tgt.getKey(), path));
          }
        }
      }
      return out;
    }

    /**
     * An actor that an act told earlier in the article names, standing at the trigger: a side
     * this sentence leaves out.
     */
    private static Map<Integer, ActorMatch> toldBefore(int trig, String code, String entry) {
      return Map.of(trig, new ActorMatch(code, trig, trig + 1, entry));
    }

    /**
     * Acts done together, where "between A and B" names both sides and coordinated subjects do
     * them with each other when no target is named: "Russia and China signed a deal", "Putin
     * and Xi met", "Britain and Spain agreed to set up a forum".
     */
    private boolean symmetric(EventPattern p) {
      String root = p.code().substring(0, 2);
      return p.targets().stream().anyMatch(t -> t.contains("between"))
          || root.equals("04") || root.equals("06") || p.code().equals("057")
          || root.equals("19");
    }

    /**
     * Whom a blow harmed, when it is the means of a verb of harm: the subject of "were killed in
     * airstrikes" or "died in an attack", the object of "shelling killed five soldiers".
     */
    private List<Integer> victims(int noun) {
      List<Dependency> heads = s.heads(noun);
      boolean result = false;
      for (Dependency d : heads) {
        if (d.relation().equals("nmod:of")
            && RESULTS.contains(s.tokens().get(d.governor()).lemma())) {
          // "died as a result of torture": the result's verb
          heads = s.heads(d.governor());
          result = true;
          break;
        }
      }
      for (Dependency d : heads) {
        int verb = d.governor();
        if (!HARMING.contains(s.tokens().get(verb).lemma())) {
          continue;
        }
        String rel = d.relation();
        if (rel.equals("nsubj") && !markedPassive(verb)) {
          return s.children(verb, "obj");
        }
        if (!rel.equals("nsubj") && (means(rel) || result && rel.equals("obl:as"))) {
          List<Integer> out = new ArrayList<>(s.children(verb, "nsubj:pass"));
          if (!markedPassive(verb)) {
            out.addAll(s.children(verb, "nsubj"));
          }
          return out;
        }
      }
      return List.of();
    }

    /**
     * The doer of the act a verb's definite object refers back to ("the attack", "this
     * proposal"), keyed by the object; empty when the object names its own actors. A charge
     * answered in the sentence that makes it ("accused Lima of stalling, a charge denied by
     * Peru") is the sentence's accusers', keyed by them. The object of a passive is its patient.
     */
    private Map<Integer, ActorMatch> doerOfObject(int trig, Set<String> exclude) {
      List<Integer> objects = new ArrayList<>(s.children(trig, "obj"));
      if (passive(trig)) {
        // "the charge was refuted by Peru", "a charge refuted by Peru"
        objects.addAll(patients(trig));
      }
      for (int obj : objects) {
        Token t = s.tokens().get(obj);
        if (CHARGES.contains(t.lemma()) && depth < 3) {
          // "Chile accused Peru of stalling, a charge Peru refuted": the accusers of the
          // sentence made it
          for (int v = 0; v < obj; v++) {
            if (ACCUSING.contains(s.tokens().get(v).lemma()) && s.tokens().get(v).isVerb()) {
              depth++;
              Map<Integer, ActorMatch> accusers = verbSources(v);
              depth--;
              Map<Integer, ActorMatch> out = new LinkedHashMap<>();
              accusers.forEach((k, a) -> {
                if (!DocumentContext.excluded(a.code(), exclude)) {
                  out.put(k, a);
                }
              });
              if (!out.isEmpty()) {
                return out;
              }
            }
          }
        }
        boolean definite = false;
        for (int det : s.children(obj, "det")) {
          String w = s.tokens().get(det).lemma();
          definite |= w.equals("the") || w.equals("this") || w.equals("that");
        }
        if (!definite || !t.tag().startsWith("NN") || t.tag().startsWith("NNP")
            || !s.children(obj, "nmod:poss").isEmpty() || phraseActor(obj, Set.of()).isPresent()) {
          continue;
        }
        Set<String> codes = new HashSet<>();
        nouns.apply(t.lemma()).forEach(q -> codes.add(q.code()));
        if (CHARGES.contains(t.lemma())) {
          codes.add("112");
        }
        Optional<String> doer = ctx.doerOf(t.lemma(), codes, s.index(), exclude);
        if (doer.isPresent()) {
          Map<Integer, ActorMatch> out = new LinkedHashMap<>();
          out.put(obj, new ActorMatch(doer.get(), obj, obj + 1, "act:" + t.lemma()));
          return out;
        }
      }
      return Map.of();
    }

    /** Whether a pattern's target slots name an actor at a trigger. */
    private boolean withPartner(int trig, EventPattern p) {
      for (String slot : p.targets()) {
        if (!slot(trig, slot, p, Set.of()).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    private static boolean mutual(EventPattern p) {
      String root = p.code().substring(0, 2);
      return root.equals("03") || root.equals("04") || root.equals("06")
          || p.code().equals("057") || p.targets().stream().anyMatch(t -> t.contains("between"));
    }

    /**
     * The verb of which an event noun is the subject and which only says how it went on ("a
     * Chilean army offensive has gone on against the rebels"), or -1.
     */
    private int aspectualHead(int trig) {
      for (Dependency d : s.heads(trig)) {
        if (d.relation().equals("nsubj")
            && ASPECTUAL.contains(s.tokens().get(d.governor()).lemma())) {
          return d.governor();
        }
      }
      return -1;
    }

    /**
     * The light verb an event noun is the object of ("launched an attack"), also through a noun
     * that counts its rounds ("held a second round of drills"), or -1.
     */
    private int lightVerb(int trig) {
      int light = lightOver(trig);
      for (Dependency d : s.heads(trig)) {
        if (light < 0 && d.relation().equals("nmod:of")
            && SERIES.contains(s.tokens().get(d.governor()).lemma())
            && s.tokens().get(d.governor()).isNoun()) {
          light = lightOver(d.governor());
        }
        Token head = s.tokens().get(d.governor());
        if (light < 0 && MEASURED.contains(d.relation()) && measure(head)
            && !PARTS.contains(head.lemma())) {
          // "announced $33 million in assistance", "sent tons of aid": the measure is the object
          light = lightOver(d.governor());
        }
      }
      return light;
    }

    /**
     * Puts in {@code out} the role at token {@code at} composed with the nationality word of its
     * noun, in place of the bare nationality; false when there is none or they do not compose.
     */
    private static boolean ofNation(Map<Integer, ActorMatch> out,
        @org.jspecify.annotations.Nullable Mention nation, int at, Mention role) {
      Optional<ActorMatch> both = nation == null ? Optional.empty()
          : ActorComposer.compose(List.of(nation, role), false, Optional.empty());
      if (both.isEmpty()) {
        return false;
      }
      out.remove(nation.begin());
      out.put(at, both.get());
      return true;
    }

    /** The sources of the light verb over a noun, or none. */
    private Map<Integer, ActorMatch> lightSubjects(int noun) {
      int light = lightVerb(noun);
      return light >= 0 ? verbSources(light) : Map.of();
    }

    /** The light verb whose object or oblique this noun is, or -1. */
    private int lightOver(int noun) {
      for (Dependency d : s.heads(noun)) {
        String verb = s.tokens().get(d.governor()).lemma();
        if ((d.relation().equals("obj") || d.relation().startsWith("obl")
            && !CIRCUMSTANCES.contains(d.relation()))
            && LIGHT_VERBS.contains(verb)
            || d.relation().equals("obl:with") && ANSWER_VERBS.contains(verb)) {
          return d.governor();
        }
      }
      return -1;
    }

    /** One event per pair of the actors, in reading order, first-named as source. */
    private List<Candidate> pairs(int trig, EventPattern p, Map<Integer, ActorMatch> actors,
        String how) {
      List<Map.Entry<Integer, ActorMatch>> list = new ArrayList<>(actors.entrySet());
      list.sort(Map.Entry.comparingByKey());
      List<Candidate> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          ActorMatch a = list.get(i).getValue();
          ActorMatch b = list.get(j).getValue();
          if (!ActorRef.sameActor(a.code(), b.code())) {
            out.add(new Candidate(s, trig, p, a, b, list.get(i).getKey(), list.get(j).getKey(),
                how + "(" + s.tokens().get(trig).word() + ")"));
          }
        }
      }
      return out;
    }

    /**
     * "talks between Russia, the US and Jordan", "a truce agreed between Israel and Hamas": with no
     * subject, each pair of the actors after "between"/"among" is an event, first-named as source.
     */
    private List<Candidate> betweenPairs(int trig, EventPattern p) {
      List<Integer> heads = new ArrayList<>();
      for (String rel : List.of("obl:between", "nmod:between", "obl:among", "nmod:among")) {
        heads.addAll(s.children(trig, rel));
      }
      return pairs(trig, p, actors(heads, Set.of()), "between");
    }

    /**
     * "Russia said Sudan must return the helicopter": words that say what another actor must or
     * should do are a demand (100) on that actor, made by the speaker.
     */
    List<Candidate> demands() {
      List<Candidate> out = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (!t.isVerb() || !SAY.contains(t.lemma())) {
          continue;
        }
        for (int c : s.children(t.index(), "ccomp")) {
          if (!obliged(c) || NO_ACTS.contains(s.tokens().get(c).lemma())
              || !s.children(c, "cop").isEmpty() && s.children(c, "xcomp").isEmpty()) {
            // "children should not suffer", "the region must be stable": nothing to do ("must
            // be ready to mediate" has)
            continue;
          }
          // "fighters should be brought to justice" asks someone else to act on them
          List<Integer> heads = new ArrayList<>(s.children(c, "nsubj"));
          out.addAll(spoken(t.index(), DEMAND, "ccomp(must)", codes -> actors(heads, codes)));
        }
      }
      return out;
    }

    /**
     * "Syria said the US plan was an attack on its sovereignty", "Lavrov described the US move as
     * provocative": words that judge another actor's act as wrong are a criticism (111) of that
     * actor by the speaker (GUIDELINE rule 4: the speaker's words blame the other).
     */
    List<Candidate> criticisms() {
      List<Candidate> out = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (!t.isVerb()) {
          continue;
        }
        List<Integer> judged = new ArrayList<>();
        if (SAY.contains(t.lemma())) {
          // a judging word said of the subject ("the plan was an attack on"), not an act the
          // subject did ("it had shelled the port")
          for (int c : s.children(t.index(), "ccomp")) {
            if (judging(c)) {
              judged.addAll(s.children(c, "nsubj"));
            }
          }
          // "The plan was an attack on our sovereignty, Syria said": the words come first and
          // the parser hangs the report verb on them
          for (Dependency d : s.heads(t.index())) {
            if (d.relation().equals("parataxis") && judging(d.governor())) {
              judged.addAll(s.children(d.governor(), "nsubj"));
            }
          }
        }
        if (LABEL_VERBS.contains(t.lemma())) {
          boolean blamed = false;
          List<Integer> objects = s.children(t.index(), "obj");
          for (Dependency d : s.children(t.index())) {
            // the parser hangs "as provocative" as obl:as, or as advcl:as when it is an adjective,
            // and "called the envoy a stupid man" as two objects
            boolean second = d.relation().equals("obj") && objects.size() == 2
                && d.dependent() == objects.get(1);
            boolean label = (d.relation().startsWith("xcomp") || d.relation().equals("obl:as")
                || d.relation().equals("advcl:as") || second) && blames(d.dependent());
            blamed |= label;
            if (label && d.relation().startsWith("xcomp")) {
              // "called the rebels a threat": the labelled actor is the small clause's subject
              judged.addAll(s.children(d.dependent(), "nsubj"));
            }
          }
          if (blamed) {
            judged.addAll(objects.size() == 2 ? objects.subList(0, 1)
                : objects(t.index(), false));
          }
        }
        if (judged.isEmpty()) {
          continue;
        }
        out.addAll(spoken(t.index(), CRITICISM, "judges", codes -> {
          Map<Integer, ActorMatch> blamed = new LinkedHashMap<>();
          for (int j : judged) {
            findInside(j, codes).ifPresent(a -> blamed.put(j, a));
          }
          return blamed;
        }));
      }
      return out;
    }

    /**
     * "Greece called for sanctions against Turkey", "Chile demanded action against Peru": a call
     * that no one is asked but that an actor be punished is hostile words about that actor
     * (111), not an appeal to it.
     */
    List<Candidate> callsToPunish() {
      List<Candidate> out = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (!t.isVerb() || !(ASKING.contains(t.lemma()) || t.lemma().equals("demand")
            || t.lemma().equals("urge"))) {
          continue;
        }
        if (!s.children(t.index(), "iobj").isEmpty()) {
          continue;
        }
        List<Integer> punished = new ArrayList<>();
        for (Dependency d : s.children(t.index())) {
          boolean asked = d.relation().equals("obl:for") || d.relation().equals("obj");
          if (asked && PUNISHMENTS.contains(s.tokens().get(d.dependent()).lemma())) {
            for (String rel : List.of("nmod:against", "nmod:on")) {
              punished.addAll(s.children(d.dependent(), rel));
            }
          }
        }
        if (punished.isEmpty()) {
          continue;
        }
        out.addAll(spoken(t.index(), PUNISHMENT_CALL, "asks-punishment",
            codes -> actors(punished, codes)));
      }
      return out;
    }

    /**
     * "The rebels claimed they had attacked the base": an actor that says a blow was its own
     * claims responsibility for it (015) toward the blow's target, besides the blow itself
     * (GUIDELINE rule 4). The blow's source must be the speaker; "claimed that Russia attacked"
     * blames another.
     */
    List<Candidate> claims(List<Candidate> acts) {
      List<Candidate> out = new ArrayList<>();
      for (Candidate act : acts) {
        if (!CameoCode.violent(act.pattern().code())) {
          continue;
        }
        for (Dependency d : s.heads(act.trigger())) {
          int verb = d.governor();
          if (!d.relation().equals("ccomp") || !s.tokens().get(verb).isVerb()
              || !OWNING.contains(s.tokens().get(verb).lemma())) {
            continue;
          }
          for (Map.Entry<Integer, ActorMatch> src : verbSources(verb).entrySet()) {
            ActorMatch speaker = src.getValue();
            if (!ActorRef.sameActor(speaker.code(), act.source().code())
                || ActorRef.sameActor(speaker.code(), act.target().code())) {
              continue;
            }
            out.add(new Candidate(s, verb, CLAIM, speaker, act.target(), src.getKey(),
                act.targetHead(), s.tokens().get(src.getKey()).word() + " <-subj- "
                + s.tokens().get(verb).word() + " -owns-> " + act.path()));
          }
        }
      }
      return out;
    }

    /** Whether a word judges, itself or by its adjective ("a threat", "a very stupid guy"). */
    private boolean blames(int word) {
      if (BLAME.contains(s.tokens().get(word).lemma())) {
        return true;
      }
      for (int a : s.children(word, "amod")) {
        if (BLAME.contains(s.tokens().get(a).lemma())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a predicate said of its subject blames it: a judging word ("an attack on",
     * "provocative"), or good will denied ("is not interested in dialogue", "not serious").
     */
    private boolean judging(int pred) {
      Token p = s.tokens().get(pred);
      if (p.isVerb()) {
        // "said Chile's actions undermined the talks": a deed that is itself a reproach
        return HARMFUL_DEEDS.contains(p.lemma()) && s.children(pred, "aux:pass").isEmpty();
      }
      if (blames(pred)) {
        return true;
      }
      if (!GOOD_WILL.contains(p.lemma())) {
        return false;
      }
      for (Dependency d : s.children(pred)) {
        String w = s.tokens().get(d.dependent()).lemma();
        if ((d.relation().equals("advmod") || d.relation().equals("neg"))
            && (w.equals("not") || w.equals("never") || w.equals("n't"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The events a speaker's words make toward the actors they address: one per pair of a subject
     * of {@code verb} and an actor {@code addressed} finds (given the speakers' codes to leave
     * out), never an actor toward itself.
     */
    private List<Candidate> spoken(int verb, EventPattern p, String how,
        java.util.function.Function<Set<String>, Map<Integer, ActorMatch>> addressed) {
      Map<Integer, ActorMatch> speakers = verbSources(verb);
      Set<String> codes = new HashSet<>();
      speakers.values().forEach(a -> codes.add(a.code()));
      Map<Integer, ActorMatch> targets = speakers.isEmpty() ? Map.of() : addressed.apply(codes);
      if (targets.isEmpty() && !speakers.isEmpty() && ctx.oneActorEnough()) {
        // "Peru said the blockade must end": in sentence classification the speaker's
        // demand or criticism stands with no named addressee
        targets = Map.of(verb, unnamed(verb));
      }
      List<Candidate> out = new ArrayList<>();
      for (Map.Entry<Integer, ActorMatch> src : speakers.entrySet()) {
        for (Map.Entry<Integer, ActorMatch> tgt : targets.entrySet()) {
          if (!ActorRef.sameActor(src.getValue().code(), tgt.getValue().code())) {
            out.add(new Candidate(s, verb, p, src.getValue(), tgt.getValue(), src.getKey(),
                tgt.getKey(), s.tokens().get(src.getKey()).word() + " <-subj- "
                + s.tokens().get(verb).word() + " -" + how + "-> "
                + s.tokens().get(tgt.getKey()).word()));
          }
        }
      }
      return out;
    }

    /**
     * Whether a clause's verb may be a bare subjunctive ("demanded that he resign", "that the
     * government provide", "that Greece cut spending"): a verb in its base form, whatever its
     * tag, with no auxiliary and no copula.
     */
    private boolean subjunctive(int verb) {
      Token t = s.tokens().get(verb);
      return t.isVerb() && t.word().toLowerCase(java.util.Locale.ROOT).equals(t.lemma())
          && s.children(verb, "aux").isEmpty() && s.children(verb, "cop").isEmpty();
    }

    /** Whether a clause says what its subject must or should do. */
    private boolean obliged(int verb) {
      for (int a : s.children(verb, "aux")) {
        if (OBLIGING.contains(s.tokens().get(a).word().toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /** The sentence's main report verb with a named subject, as a statement (sentence mode). */
    List<Candidate> statement() {
      int root = s.root();
      if (root < 0) {
        return List.of();
      }
      String code = statementCode(root);
      if (code == null) {
        return List.of();
      }
      if (code.equals("010")) {
        // "the office said Karzai expressed deep concern over the attack": the comment reported
        for (int told : s.children(root, "ccomp")) {
          String inner = s.tokens().get(told).isVerb() ? statementCode(told) : null;
          if (inner != null && comments(inner)) {
            List<Candidate> comment = tryPattern(told, comment(inner));
            if (!comment.isEmpty()) {
              return comment;
            }
          }
        }
      }
      return tryPattern(root, comment(code));
    }

    private static EventPattern comment(String code) {
      return code.equals("010") ? STATEMENT : new EventPattern("say.v." + code, code, false,
          "say", "", Set.of(), false, STATEMENT.targets(), "", "");
    }

    /**
     * The kind of comment a sentence's main verb makes, or null: pessimism (012), optimism
     * (013), a policy option weighed (014), a symbolic act (017), sympathy (018), else a plain
     * statement (010) when the verb is a report verb.
     */
    private String statementCode(int root) {
      Token verb = s.tokens().get(root);
      String lemma = verb.lemma();
      if (!verb.isVerb() && !verb.tag().startsWith("JJ")) {
        return null;
      }
      Set<String> words = new HashSet<>();
      for (Dependency d : s.children(root)) {
        if (d.relation().equals("obj") || d.relation().startsWith("ccomp")
            || d.relation().startsWith("xcomp")) {
          Token c = s.tokens().get(d.dependent());
          words.add(c.lemma());
          for (Dependency e : s.children(d.dependent())) {
            // "a condolence message", "deep concern"
            if (e.relation().equals("compound") || e.relation().equals("amod")) {
              words.add(s.tokens().get(e.dependent()).lemma());
            }
          }
        }
      }
      words.add(lemma);
      if (words.stream().anyMatch(COMMENT_PESSIMISM::contains)) {
        return "012";
      }
      if (words.stream().anyMatch(COMMENT_OPTIMISM::contains)) {
        return "013";
      }
      if (words.stream().anyMatch(COMMENT_SYMPATHY::contains)) {
        return "018";
      }
      if (lemma.equals("consider") || lemma.equals("weigh") || lemma.equals("mull")) {
        return "014";
      }
      if (lemma.equals("attend") || lemma.equals("commemorate") || lemma.equals("mark")) {
        return "017";
      }
      return SAY.contains(lemma) || lemma.equals("express") || lemma.equals("voice")
          || lemma.equals("issue") ? "010" : null;
    }

    /**
     * "The two nations signed ...": the last two countries named, as one symmetric event; an act
     * that is not done together ("the two countries expelled Bolivian diplomats") is left to
     * {@link #pairSources}.
     */
    private List<Candidate> pairSubject(int trig, EventPattern p) {
      if (!mutual(p)) {
        return List.of();
      }
      Map<Integer, ActorMatch> two = pairSources(trig);
      if (two.size() != 2) {
        return List.of();
      }
      List<Map.Entry<Integer, ActorMatch>> pair = new ArrayList<>(two.entrySet());
      pair.sort(Map.Entry.comparingByKey());
      int subj = pair.get(1).getKey();
      return List.of(new Candidate(s, trig, p, pair.get(0).getValue(), pair.get(1).getValue(),
          subj, subj, "pair(" + s.tokens().get(subj).word() + ")"));
    }

    /**
     * A verb's subjects, its own or the controlling verb's ("the two countries agreed to hold
     * talks": the countries hold them).
     */
    private List<Integer> subjects(int trig) {
      List<Integer> own = s.children(trig, "nsubj");
      return own.isEmpty() ? s.children(trig, "nsubj:xsubj") : own;
    }

    /** Whether a verb's subject is "they" or a noun that may stand for two ("the two nations"). */
    private boolean pairOrTheySubject(int trig) {
      for (int subj : subjects(trig)) {
        String lemma = s.tokens().get(subj).lemma();
        if (lemma.equals("they") || lemma.equals("side") || PAIR_NOUNS.contains(lemma)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether both of a pair are states: "both sides" are the two last named only then (not the
     * EU and a government, when the sides are the government and its opposition).
     */
    private static boolean states(List<String> pair) {
      for (String c : pair) {
        if (!ActorRef.bareCountry(ActorRef.primaryOf(c))) {
          return false;
        }
      }
      return true;
    }

    /** The pair a verb's subject stands for ({@link #pairOfSubject}), or says it ("they"). */
    private Map<Integer, ActorMatch> pairSources(int trig) {
      Map<Integer, ActorMatch> pair = pairSaying(trig);
      return pair.isEmpty() ? pairOfSubject(trig) : pair;
    }

    /**
     * When a verb's subject is "they" in what a pair says ("both countries say they will ..."),
     * that pair ({@link #pairOfSubject} of the verb of saying); else empty.
     */
    private Map<Integer, ActorMatch> pairSaying(int trig) {
      boolean they = false;
      for (int subj : s.children(trig, "nsubj")) {
        they |= s.tokens().get(subj).lemma().equals("they");
      }
      if (they) {
        for (Dependency d : s.heads(trig)) {
          if (d.relation().startsWith("ccomp")
              && SAY.contains(s.tokens().get(d.governor()).lemma())) {
            Map<Integer, ActorMatch> pair = pairOfSubject(d.governor());
            if (!pair.isEmpty()) {
              return pair;
            }
          }
        }
      }
      return Map.of();
    }

    /**
     * The two actors that a subject such as "the two countries" or "both nations" stands for
     * (the last two named), keyed by the number word and the noun; empty for any other subject.
     */
    private Map<Integer, ActorMatch> pairOfSubject(int trig) {
      for (int subj : subjects(trig)) {
        Token head = s.tokens().get(subj);
        int two = -1;
        for (Dependency d : s.children(subj)) {
          String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
          if (d.relation().equals("nummod") && w.equals("two")
              || d.relation().equals("det") && w.equals("both")) {
            two = d.dependent();
          }
        }
        if (two < 0 && head.lemma().equals("they")) {
          // "Chile and Peru signed a deal. They also ...": both of the sentence before's subjects
          List<String> pair = ctx.subjectPair(s.index(), subj);
          if (pair.size() == 2) {
            Map<Integer, ActorMatch> out = new LinkedHashMap<>();
            out.put(subj, new ActorMatch(pair.get(0), subj, subj + 1, "pronoun:" + head.word()));
            out.put(trig, new ActorMatch(pair.get(1), subj, subj + 1, "pronoun:" + head.word()));
            return out;
          }
        }
        boolean sides = head.lemma().equals("side");
        if (two >= 0 && (PAIR_NOUNS.contains(head.lemma()) || sides)) {
          List<String> pair = ctx.lastTwo(s.index(), subj);
          if (pair.size() == 2 && (!sides || states(pair))) {
            Map<Integer, ActorMatch> out = new LinkedHashMap<>();
            out.put(two, new ActorMatch(pair.get(0), subj, subj + 1, "pair:" + head.word()));
            out.put(subj, new ActorMatch(pair.get(1), subj, subj + 1, "pair:" + head.word()));
            return out;
          }
        }
      }
      return Map.of();
    }

    /**
     * Whether a verb is an act only a state does (arrest, detain, deport, expel, impose a curfew)
     * in the passive with no agent named: "an opposition leader was arrested in Minsk" was
     * arrested by the state.
     */
    private boolean stateActWithoutAgent(int trig, EventPattern p) {
      return !p.noun() && markedPassive(trig) && p.code().length() >= 3
          && STATE_ACTS.contains(p.code().substring(0, 3)) && agentless(trig);
    }

    /** Who a passive or participle says did it ("by ..."), as the parser may hang it. */
    private List<Integer> agentsOf(int verb) {
      List<Integer> out = new ArrayList<>(1);
      for (String rel : AGENTS) {
        out.addAll(s.children(verb, rel));
      }
      return out;
    }

    /** Whether a passive names no agent ("by ..."). */
    private boolean agentless(int trig) {
      for (String rel : AGENTS) {
        if (!s.children(trig, rel).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /**
     * The state that did an agentless act of {@link #STATE_ACTS}: that of the country or capital
     * where it was done ("in Minsk"), else the country of whom it was done to; placed at the
     * verb, which is the only word that speaks of it.
     */
    private Map<Integer, ActorMatch> theState(int trig, ActorMatch target) {
      String country = placeOfAct(trig);
      String primary = ActorRef.primaryOf(target.code());
      if (country == null && primary.length() == 3 && !primary.equals(UNKNOWN)) {
        country = primary;
      }
      return country == null ? Map.of() : Map.of(trig, new ActorMatch(country + "GOV", trig,
          trig + 1, "state:" + country));
    }

    /**
     * The country or capital where an act was done, named by its "in" or "from" phrase or that
     * phrase's compound ("arrested in Minsk", "expelled from Britain", "banned from the US
     * market"), or null.
     */
    private @org.jspecify.annotations.Nullable String placeOfAct(int trig) {
      for (String rel : List.of("obl:in", "obl:from")) {
        for (int place : s.children(trig, rel)) {
          List<Integer> words = new ArrayList<>(List.of(place));
          words.addAll(s.children(place, "compound"));
          for (int w : words) {
            Mention m = byToken[w];
            if (m != null && m.isCountryLike() && m.kind() != Mention.Kind.ADJECTIVE) {
              return m.code();
            }
          }
        }
      }
      return null;
    }

    /** Whether a predicate is "out of the question", whose subject clause is refused. */
    private boolean outOfTheQuestion(int pred) {
      if (!s.tokens().get(pred).lemma().equals("question")) {
        return false;
      }
      for (int c : s.children(pred, "case")) {
        if (s.tokens().get(c).lemma().equals("out")) {
          return true;
        }
      }
      return false;
    }

    private boolean hasNounSubject(int trig, EventPattern p) {
      if (p.noun()) {
        return false;
      }
      for (Dependency d : s.children(trig)) {
        if (d.relation().startsWith("nsubj") || d.relation().equals("obl:agent")) {
          // a personal pronoun too ("workers said they will not end the strike"), not "it"
          Token subject = s.tokens().get(d.dependent());
          return subject.isNoun() || subject.tag().equals("PRP")
              && !subject.lemma().equals("it");
        }
      }
      return false;
    }

    private boolean particleOk(int trig, EventPattern p) {
      if (p.particle().isEmpty()) {
        // "called off the strike", "backed down", "ruled out talks": a particle that turns the
        // verb into another verb leaves the bare verb's patterns out
        if (p.noun()) {
          return true;
        }
        // a loop, not a stream: this runs for every pattern tried (issue 6)
        for (int c : s.children(trig, "compound:prt")) {
          if (TURNED_VERBS.contains(p.lemma() + " " + s.tokens().get(c).lemma())) {
            return false;
          }
        }
        return true;
      }
      if (!p.noun()) {
        return hasParticle(s, trig, p.particle()::equals);
      }
      for (Dependency d : s.children(trig)) {
        // a noun's modifier ("hunger strike", "general strike") is a compound or an adjective
        String rel = d.relation();
        if ((rel.equals("compound") || rel.equals("amod"))
            && s.tokens().get(d.dependent()).lemma().equals(p.particle())) {
          return true;
        }
      }
      return false;
    }

    private boolean objectOk(int trig, EventPattern p) {
      List<Integer> objs = objects(trig, p.noun());
      if (p.noObject()) {
        // "!" alone: no object at all; "!demand|need": none of these ("met the demands")
        return p.objects().isEmpty() ? objs.isEmpty() : !fits(objs, p);
      }
      if (p.objects().isEmpty()) {
        return true;
      }
      if (p.anyObject()) {
        return !objs.isEmpty();
      }
      if (objs.isEmpty() && !p.noun()) {
        // "agreed to a ceasefire", "committed to peacekeeping": what the verb takes with "to"
        // when it has no object, else the noun the parser lost, else what it takes with "on" or
        // "from" ("agreed on a deal", "withdrew from the treaty")
        objs = s.children(trig, "obl:to");
        if (objs.isEmpty() && ASKING.contains(s.tokens().get(trig).lemma())) {
          objs = s.children(trig, "obl:for"); // "called for talks": what is asked
        }
        if (objs.isEmpty()) {
          objs = nounAfter(trig);
        }
        if (objs.isEmpty()) {
          objs = new ArrayList<>(s.children(trig, "obl:on"));
          objs.addAll(s.children(trig, "obl:from"));
        }
        if (objs.isEmpty()) {
          // "declined to comment", "threatened to strike", "is considering sending aid" (the
          // parser may hang the -ing complement as acl): the act named by the complement
          objs = new ArrayList<>(s.children(trig, "xcomp"));
          objs.addAll(s.children(trig, "acl"));
        }
      }
      return fits(objs, p) || !p.noun() && (fits(withObjects(trig), p)
          || fits(predicates(trig), p) || asObject(trig, p));
    }

    /** Whether the verb's "as" phrase is what the pattern names ("used civilians as shields"). */
    private boolean asObject(int verb, EventPattern p) {
      for (int a : s.children(verb, "obl:as")) {
        if (p.asFits(s.tokens().get(a).lemma())) {
          return true;
        }
      }
      return false;
    }

    /** What a verb makes its object ("found the sailors guilty"): its adjective complements. */
    private List<Integer> predicates(int verb) {
      List<Integer> out = new ArrayList<>(1);
      for (int x : s.children(verb, "xcomp")) {
        if (s.tokens().get(x).tag().startsWith("JJ")) {
          out.add(x);
        }
      }
      return out;
    }

    /** Whether one of these phrases, or what it measures or groups, is an object of the pattern. */
    private boolean fits(List<Integer> phrases, EventPattern p) {
      for (int o : phrases) {
        if (fitsWord(o, p)) {
          return true;
        }
        for (int inner : contents(o)) {
          if (fitsWord(inner, p)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean fitsWord(int i, EventPattern p) {
      Token t = s.tokens().get(i);
      if (p.objectFits(t.lemma(), t.tag())) {
        return true;
      }
      if (!p.phraseObjects()) {
        return false;
      }
      // the words right before the noun that modify it, nearest first: "tear gas" (the tagger
      // reads "tear" as an adjective), "water cannon", "rubber bullets"
      String phrase = t.lemma();
      for (int m = i - 1; m >= 0 && m >= i - 2 && modifies(m, i); m--) {
        phrase = s.tokens().get(m).lemma() + " " + phrase;
        if (p.objectFits(phrase, t.tag())) {
          return true;
        }
      }
      return false;
    }

    /** Whether a word is a compound or adjective of a noun. */
    private boolean modifies(int word, int noun) {
      for (Dependency d : s.heads(word)) {
        if (d.governor() == noun
            && (d.relation().equals("compound") || d.relation().equals("amod"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * What a verb gives "with" when its object is the receiver ("provided the army with
     * weapons", "supplied Kyiv with tanks"); empty without a "with" phrase or an object.
     */
    private List<Integer> withObjects(int verb) {
      // the parser may read the receiver as an indirect object ("provided the army (LAF) with")
      if (s.children(verb, "obj").isEmpty() && s.children(verb, "iobj").isEmpty()) {
        return List.of();
      }
      List<Integer> out = new ArrayList<>(s.children(verb, "obl:with"));
      for (Dependency d : s.children(verb)) {
        // "provided Peru with over $5 billion in aid": the parser may name the phrase by its
        // last preposition, its first is "with"
        if (d.relation().startsWith("obl:") && !out.contains(d.dependent())) {
          List<Integer> cases = s.children(d.dependent(), "case");
          if (!cases.isEmpty() && s.tokens().get(cases.get(0)).lemma().equals("with")) {
            out.add(d.dependent());
          }
        }
        // "provided Egypt with $30 billion in aid" read with "with" as the phrase's head
        if (d.relation().equals("obl") && s.tokens().get(d.dependent()).tag().equals("IN")
            && s.tokens().get(d.dependent()).lemma().equals("with")) {
          out.addAll(s.children(d.dependent(), "dep"));
        }
      }
      return out;
    }

    /** Whether the pattern's object is in the verb's "with" phrase, its object the receiver. */
    private boolean receiverFrame(int trig, EventPattern p) {
      return !p.noun() && !p.objects().isEmpty() && !p.anyObject()
          && !fits(objects(trig, false), p) && fits(withObjects(trig), p);
    }

    /**
     * The noun right after a verb that the parser gave no object ("rejected accusations his
     * government had ...", read as a clause): determiners, adjectives and numbers may come
     * between; anything else ends the search.
     */
    private List<Integer> nounAfter(int verb) {
      for (int i = verb + 1; i < s.tokens().size() && i <= verb + 4; i++) {
        String tag = s.tokens().get(i).tag();
        if (tag.equals("NN") || tag.equals("NNS")) {
          return List.of(i);
        }
        if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.equals("CD")
            || tag.equals("PRP$"))) {
          break;
        }
      }
      return List.of();
    }

    /**
     * What an object phrase is made of when its head only measures or groups it: "a team of
     * doctors", "a shipment of arms", "$2 million in aid", "over €3 million worth of
     * vaccines", and a noun's compound modifiers ("curfew hours", "the aid programme"). A
     * determiner or adjective heading the object is the parser's misreading of the phrase ("a
     * further €5 million in assistance"): what hangs on it is the phrase.
     */
    private List<Integer> contents(int object) {
      List<Integer> out = new ArrayList<>(s.children(object, "compound"));
      addContents(object, out, 0);
      return out;
    }

    /** Whether a word measures or groups what it heads: "$2 million", "tons", "a team". */
    private static boolean measure(Token t) {
      return CONTAINERS.contains(t.lemma()) || t.tag().equals("CD") || t.tag().equals("$");
    }

    private void addContents(int head, List<Integer> out, int depth) {
      Token t = s.tokens().get(head);
      boolean misread = t.tag().equals("DT") || t.tag().startsWith("JJ");
      boolean measure = measure(t);
      if (depth > 2 || !misread && !measure) {
        return;
      }
      for (Dependency d : s.children(head)) {
        String rel = d.relation();
        if (MEASURED.contains(rel)
            || misread && (rel.equals("amod") || rel.equals("dep") || rel.equals("nummod"))) {
          out.add(d.dependent());
          out.addAll(s.children(d.dependent(), "compound"));
          addContents(d.dependent(), out, depth + 1);
        }
      }
    }

    private List<Integer> objects(int trig, boolean noun) {
      if (noun) {
        List<Integer> objs = s.children(trig, "nmod:of");
        if (objs.isEmpty() && REQUESTS.contains(s.tokens().get(trig).lemma())) {
          objs = s.children(trig, "nmod:for"); // "a demand for his resignation"
        }
        return objs;
      }
      List<Integer> objs = new ArrayList<>(s.children(trig, "obj"));
      objs.addAll(patients(trig));
      if (objs.isEmpty()) {
        // "accept refugees sent by Australia": the parser reads the object and its participle
        // as a clause of their own (ccomp), with the object as the participle's subject
        for (int c : s.children(trig, "ccomp")) {
          if (s.tokens().get(c).tag().equals("VBN") && s.children(c, "aux").isEmpty()
              && s.children(c, "mark").isEmpty()) {
            objs.addAll(s.children(c, "nsubj"));
          }
        }
      }
      return objs;
    }

    private boolean passive(int trig) {
      return markedPassive(trig) || reducedPassive(trig) || answerToAct(trig) >= 0
          || describedBy(trig) >= 0;
    }

    /**
     * The noun a participle with a "by" phrase describes ("hospitals targeted by Russian
     * warplanes", "villages shelled by the army"), which is what the act was done to; or -1.
     */
    private int describedBy(int trig) {
      Token t = s.tokens().get(trig);
      if (!t.tag().equals("VBN")) {
        return -1;
      }
      int noun = -1;
      for (Dependency d : s.heads(trig)) {
        if (d.relation().equals("acl") && s.tokens().get(d.governor()).isNoun()) {
          noun = d.governor();
        }
      }
      // a thing "brokered by", "ordered by" or "released by" someone is no actor acted on
      if (noun < 0 || agentless(trig) || !s.children(trig, "aux").isEmpty()
          || !(CAPTURING.contains(t.lemma()) || violentVerb.test(t))) {
        return -1;
      }
      return noun;
    }

    /**
     * The act a participle with a "by" phrase answers when it describes that act's noun ("a
     * charge denied by Peru", "a proposal rejected by Bolivia"), or -1. Other described nouns
     * are left to what the noun is ("soldiers killed by rebels" is told where it is a verb).
     */
    private int answerToAct(int trig) {
      if (!s.tokens().get(trig).tag().equals("VBN") || agentless(trig)) {
        return -1;
      }
      for (Dependency d : s.heads(trig)) {
        String noun = s.tokens().get(d.governor()).lemma();
        if (d.relation().equals("acl") && (CHARGES.contains(noun) || PROPOSALS.contains(noun))) {
          return d.governor();
        }
      }
      return -1;
    }

    private boolean markedPassive(int trig) {
      return !s.children(trig, "nsubj:pass").isEmpty() || !s.children(trig, "aux:pass").isEmpty();
    }

    /**
     * Whether a past participle with no auxiliary is a passive the parser did not mark, misread
     * as a finite verb with the noun it describes as subject, while a "by" phrase names the agent
     * ("the truce brokered by Egypt between ... held"). A participle with a subject and no "by"
     * phrase is more often a past tense the tagger misread ("a court formally charged X"); one
     * the parser hangs on its noun (acl: "fishermen held captive in Libya", "a soldier killed a
     * decade ago") mostly describes who the noun is rather than the story's act (measured: quad
     * and news figures fall when they are read as events).
     */
    private boolean reducedPassive(int trig) {
      String tag = s.tokens().get(trig).tag();
      if (!tag.equals("VBN") && !tag.equals("VBD")) {
        return false;
      }
      boolean among = thingAgreedAmong(trig);
      if (!(tag.equals("VBN") || among && tag.equals("VBD")) || !s.children(trig, "aux").isEmpty()
          || markedPassive(trig)) {
        return false;
      }
      for (Dependency d : s.heads(trig)) {
        // (a thing with sides named by "between" is misread wherever it hangs: "rips up a
        // ceasefire agreed between ..." as a clause of its own)
        if (!among && !d.relation().equals("root") && !d.relation().startsWith("dep")) {
          // "has signed and ratified": a conjunct or complement shares another verb's tense
          return false;
        }
      }
      return !s.children(trig, "nsubj").isEmpty() && (!s.children(trig, "obl:agent").isEmpty()
          || !s.children(trig, "obl:by").isEmpty() || among);
    }

    /**
     * Whether a verb with no object has a thing, not an actor, as subject and names the sides
     * with "between" or "among": "the truce agreed between Chile and Peru collapsed",
     * misread as a finite verb (tagged VBD too, the form of both) with the ceasefire as its
     * subject. A thing does not agree or sign; the sides are the ones that did.
     */
    private boolean thingAgreedAmong(int trig) {
      List<Integer> subjects = s.children(trig, "nsubj");
      if (subjects.isEmpty() || !s.children(trig, "obj").isEmpty()
          || s.children(trig, "obl:between").isEmpty() && s.children(trig, "obl:among").isEmpty()) {
        return false;
      }
      for (int subject : subjects) {
        if (byToken[subject] != null || !s.tokens().get(subject).isNoun()) {
          return false;
        }
      }
      return true;
    }

    /** What a passive acted on: its subject, marked or not. */
    private List<Integer> patients(int trig) {
      List<Integer> out = new ArrayList<>(s.children(trig, "nsubj:pass"));
      int act = answerToAct(trig);
      if (act >= 0) {
        out.add(act);
      }
      int described = out.isEmpty() ? describedBy(trig) : -1;
      if (described >= 0) {
        out.add(described);
      }
      if (out.isEmpty() && reducedPassive(trig)) {
        out.addAll(s.children(trig, "nsubj"));
      }
      return out;
    }

    private Map<Integer, ActorMatch> verbSources(int trig) {
      if (depth > 0) {
        return findVerbSources(trig);
      }
      Map<Integer, ActorMatch> known = verbSourcesAt.get(trig);
      if (known == null) {
        known = Collections.unmodifiableMap(findVerbSources(trig));
        verbSourcesAt.put(trig, known);
      }
      return known;
    }

    private Map<Integer, ActorMatch> findVerbSources(int trig) {
      List<Integer> heads = new ArrayList<>();
      if (passive(trig)) {
        heads.addAll(agentsOf(trig));
        if (heads.isEmpty() && !reducedPassive(trig)) {
          // "the bureau will be terminated, he said": the announcer of an agentless act is its
          // author
          heads.addAll(sayer(trig));
        }
      } else {
        heads.addAll(s.children(trig, "nsubj"));
        heads.addAll(s.children(trig, "nsubj:xsubj"));
        if (heads.isEmpty()) {
          // "accuses Iran of backing the Houthis", "blamed Peru for closing the border": the one
          // accused or blamed did the act, not the accuser
          for (Dependency d : s.heads(trig)) {
            boolean ofFor = d.relation().equals("advcl:of") || d.relation().equals("advcl:for")
                || d.relation().equals("obl:of") || d.relation().equals("obl:for");
            if (ofFor && OBJECT_CONTROL.contains(s.tokens().get(d.governor()).lemma())) {
              Map<Integer, ActorMatch> doer = actors(s.children(d.governor(), "obj"), Set.of());
              if (!doer.isEmpty()) {
                return doer;
              }
            }
          }
        }
        if (heads.isEmpty()) {
          // "the Chilean decision to expel", "announced a plan to send troops": whose intent
          // the act is
          for (Dependency d : s.heads(trig)) {
            if (d.relation().startsWith("acl")
                && INTENTS.contains(s.tokens().get(d.governor()).lemma())
                && !s.children(trig, "mark").isEmpty()) {
              Map<Integer, ActorMatch> holder = intentHolder(d.governor());
              if (!holder.isEmpty()) {
                return holder;
              }
            }
          }
        }
        if (heads.isEmpty()) {
          // "... backed Britain by together expelling": the subject of the governing verb;
          // a finite or -ing verb read as a noun modifier ("20 nations ... backed"): that noun
          for (Dependency d : s.heads(trig)) {
            String tag = s.tokens().get(trig).tag();
            boolean verbHead = s.tokens().get(d.governor()).isVerb();
            if (d.relation().equals("acl") && (tag.equals("VBD") || tag.equals("VBG"))
                && !verbHead) {
              int clause = afterComma(trig) && tag.equals("VBG") ? verbOfObject(d.governor())
                  : -1;
              if (clause >= 0 && depth < 3) {
                // "took over the hospital, killing a soldier": the participle after a comma
                // goes with the clause's subject, not with the object it follows
                depth++;
                Map<Integer, ActorMatch> up = verbSources(clause);
                depth--;
                if (!up.isEmpty()) {
                  return up;
                }
              }
              heads.add(d.governor());
            }
            // "pounded the town, killing five soldiers": a participle clause the parser could
            // only hang as dep has the subject of the clause it follows; "is considering sending
            // aid" hung as acl of a verb is that verb's complement
            boolean participle = (d.relation().equals("dep") || d.relation().equals("acl"))
                && tag.equals("VBG") && verbHead;
            if ((d.relation().equals("dep") || d.relation().equals("acl")) && tag.equals("VBG")
                && SAY.contains(s.tokens().get(trig).lemma())) {
              // "Lima said Chile was welcome, adding that ...": a speaking participle hung on
              // the reported clause speaks for the reporter, not for the reported clause's subject
              Map<Integer, ActorMatch> reporter = actors(sayer(d.governor()), Set.of());
              if (!reporter.isEmpty()) {
                return reporter;
              }
            }
            if (d.relation().startsWith("advcl") && passive(d.governor()) && !afterComma(trig)
                && agentless(d.governor())) {
              // "an officer was killed while fighting a rebel attack": the clause's doer is
              // the one the passive acted on (not so after a comma: "the town was shelled,
              // killing five" is the shelling's)
              Map<Integer, ActorMatch> patient = actors(patients(d.governor()), Set.of());
              if (!patient.isEmpty()) {
                return patient;
              }
            }
            if (d.relation().startsWith("csubj") && outOfTheQuestion(d.governor())) {
              // "lifting the ban is out of the question, the minister said": the speaker's
              Map<Integer, ActorMatch> speaker = actors(sayer(d.governor()), Set.of());
              if (!speaker.isEmpty()) {
                return speaker;
              }
            }
            int means = d.relation().equals("nmod:by") && tag.equals("VBG")
                ? verbOfObject(d.governor()) : -1;
            if (means >= 0 && depth < 3) {
              // "violated the truce by shelling the town", the means clause hung on the object:
              // the clause's subject acts by it
              depth++;
              Map<Integer, ActorMatch> up = verbSources(means);
              depth--;
              if (!up.isEmpty()) {
                return up;
              }
            }
            if ((d.relation().startsWith("advcl") || d.relation().startsWith("xcomp")
                || d.relation().startsWith("conj") || participle) && depth < 3) {
              depth++;
              Map<Integer, ActorMatch> up = verbSources(d.governor());
              depth--;
              if (!up.isEmpty()) {
                return up;
              }
            }
          }
        }
      }
      Map<Integer, ActorMatch> found = actors(heads, Set.of());
      if (found.isEmpty() && heads.size() == 1) {
        found = antecedent(heads.get(0));
      }
      if (found.isEmpty() && heads.size() == 1
          && REFLEXIVES.contains(s.tokens().get(heads.get(0)).lemma())) {
        // "a militia that itself shelled the town", "itself" read as the subject: the militia
        for (Dependency d : s.heads(trig)) {
          if (d.relation().startsWith("acl:relcl")) {
            found = actors(List.of(d.governor()), Set.of());
          }
        }
      }
      if (found.isEmpty() && heads.size() == 1
          && INTENTS.contains(s.tokens().get(heads.get(0)).lemma())) {
        // "Chile announced a plan to send troops", read with the plan as the sender
        return intentHolder(heads.get(0));
      }
      return found;
    }

    /**
     * The actor a relative pronoun the parser left unlinked stands for: the one named right
     * before it and its comma ("neighbouring Peru, which has threatened a blockade").
     */
    private Map<Integer, ActorMatch> antecedent(int pronoun) {
      Token t = s.tokens().get(pronoun);
      if (!(t.lemma().equals("which") || t.lemma().equals("who")) || pronoun < 2
          || !s.tokens().get(pronoun - 1).word().equals(",")) {
        return Map.of();
      }
      for (Dependency d : s.heads(pronoun)) {
        if (d.relation().equals("ref")) {
          return Map.of();
        }
      }
      Mention m = byToken[pronoun - 2];
      if (m == null || m.kind() == Mention.Kind.AGENT || m.kind() == Mention.Kind.PRONOUN) {
        return Map.of();
      }
      return actors(List.of(pronoun - 2), Set.of());
    }

    /**
     * Who holds an intent named by a noun: its possessor, "by" phrase, nationality adjective or
     * compound ("Chile's plan", "the Chilean decision", "the US move"), else the subject of the
     * verb it is the object of ("Chile announced a plan").
     */
    private Map<Integer, ActorMatch> intentHolder(int noun) {
      List<Integer> heads = new ArrayList<>(s.children(noun, "nmod:poss"));
      heads.addAll(s.children(noun, "nmod:by"));
      Map<Integer, ActorMatch> out = actors(heads, Set.of());
      for (String rel : List.of("amod", "compound")) {
        for (int c : s.children(noun, rel)) {
          Mention m = byToken[c];
          if (out.isEmpty() && m != null && (m.isCountryLike() || m.kind() == Mention.Kind.ORG)) {
            out.put(c, new ActorMatch(m.kind() == Mention.Kind.ORG ? m.code()
                : ActorRef.primaryOf(m.code()), m.begin(), m.end(), m.entry()));
          }
        }
      }
      int verb = out.isEmpty() ? verbOfObject(noun) : -1;
      if (verb >= 0 && depth < 3) {
        depth++;
        out = verbSources(verb);
        depth--;
      }
      return out;
    }

    /** Whether a comma comes right before a word. */
    private boolean afterComma(int word) {
      return word > 0 && s.tokens().get(word - 1).word().equals(",");
    }

    /** The verb whose object or oblique a noun is, or -1. */
    private int verbOfObject(int noun) {
      for (Dependency d : s.heads(noun)) {
        if ((d.relation().equals("obj") || d.relation().startsWith("obl"))
            && s.tokens().get(d.governor()).isVerb()) {
          return d.governor();
        }
      }
      return -1;
    }

    /** Whether a noun trigger is a trip or meeting of its own subject (visits, talks). */
    private boolean self(int trig) {
      String lemma = s.tokens().get(trig).lemma();
      return lemma.equals("visit") || lemma.equals("trip") || lemma.equals("tour");
    }

    /** The subject of the report verb that the trigger is the content of, if any. */
    private List<Integer> sayer(int trig) {
      for (Dependency d : s.heads(trig)) {
        if ((d.relation().startsWith("ccomp") || d.relation().equals("parataxis"))
            && SAY.contains(s.tokens().get(d.governor()).lemma())) {
          return s.children(d.governor(), "nsubj");
        }
      }
      for (Dependency d : s.children(trig)) {
        if (d.relation().equals("parataxis")
            && SAY.contains(s.tokens().get(d.dependent()).lemma())) {
          return s.children(d.dependent(), "nsubj");
        }
      }
      return List.of();
    }

    private Map<Integer, ActorMatch> nounSources(int trig, EventPattern p) {
      // "Indonesia's donors" give to Indonesia: a giver noun's possessor is the receiver
      List<Integer> heads = new ArrayList<>(GIVERS.contains(s.tokens().get(trig).lemma())
          ? List.of() : s.children(trig, "nmod:poss"));
      heads.addAll(s.children(trig, "nmod:by"));
      heads.addAll(s.children(trig, "nmod:agent"));
      for (int acl : s.children(trig, "acl")) {
        // "an attack carried out by rebels", "a coup led by police officers"
        String tag = s.tokens().get(acl).tag();
        if ((tag.equals("VBN") || tag.equals("VBD")) && heads.isEmpty()
            && DOING.contains(s.tokens().get(acl).lemma())) {
          heads.addAll(agentsOf(acl));
        }
      }
      if (heads.isEmpty() && ofIsAgent(p)) {
        // "the demands of the opposition", "a visit of the Chinese president to India"
        heads.addAll(s.children(trig, "nmod:of"));
      }
      if (!heads.isEmpty() && heads.stream().allMatch(h -> s.tokens().get(h).tag().equals("PRP$"))) {
        // "forces continued their attacks": a possessive pronoun under a light verb is the
        // verb's own subject, whatever an earlier sentence named
        int light = lightVerb(trig);
        Map<Integer, ActorMatch> subject = light >= 0 ? verbSources(light) : Map.of();
        if (!subject.isEmpty()) {
          return subject;
        }
      }
      Map<Integer, ActorMatch> out = actors(heads, Set.of());
      if (out.isEmpty()) {
        Mention nationality = null;
        for (int c : s.children(trig, "amod")) {
          Mention m = byToken[c];
          if (m != null && m.isCountryLike()) {
            out.put(c, new ActorMatch(m.code(), m.begin(), m.end(), m.entry()));
            nationality = m.kind() == Mention.Kind.ADJECTIVE ? m : nationality;
          }
        }
        for (int c : s.children(trig, "amod")) {
          Mention m = byToken[c];
          if (m != null && m.kind() == Mention.Kind.AGENT && CameoCode.violent(p.code())
              && lightSubjects(trig).isEmpty()) {
            // "a rebel attack", "military strikes": the armed role that struck the blow, unless
            // a light verb names who did ("Turkey launched a military offensive"); "a Turkish
            // military operation" is Turkey's military's
            if (!ofNation(out, nationality, c, m) && nationality == null) {
              out.putAll(actors(List.of(c), Set.of()));
            }
          }
        }
        for (int c : s.children(trig, "compound")) {
          Mention role = byToken[c];
          // "a Chilean air force onslaught": the nationality is the force's
          if (role == null || role.kind() != Mention.Kind.AGENT
              || !ofNation(out, nationality, c, role)) {
            out.putAll(actors(List.of(c), Set.of()));
          }
        }
      }
      if (out.isEmpty()) {
        // "Hamas, which was responsible for the attack": who is responsible for an act did it
        for (Dependency d : s.heads(trig)) {
          if ((d.relation().equals("obl:for") || d.relation().equals("nmod:for"))
              && s.tokens().get(d.governor()).lemma().equals("responsible")) {
            out = actors(s.children(d.governor(), "nsubj"), Set.of());
          }
        }
      }
      if (out.isEmpty() && (!s.children(trig, "cop").isEmpty()
          || s.tokens().get(trig).word().endsWith("ing"))) {
        // "British troops are on standby", "Russia is in talks with Iran": the subject of a
        // noun said of it with "be"; "a soldier fighting against rebels has died": a participle
        // the parser read as a noun keeps the subject it gave it
        out = actors(s.children(trig, "nsubj"), Set.of());
      }
      if (out.isEmpty()) {
        Map<Integer, ActorMatch> sent = deployedIn(trig);
        if (!sent.isEmpty()) {
          return sent;
        }
        int light = lightVerb(trig);
        if (light >= 0) {
          return verbSources(light);
        }
        for (Dependency d : s.heads(trig)) {
          Token gov = s.tokens().get(d.governor());
          // "X will visit Kyiv before a visit to NATO": a trip in the traveller's own timeline
          if ((TIMELINE_RELATIONS.contains(d.relation()) && self(trig)
              || SETTING_RELATIONS.contains(d.relation())
                  && CONVERSATIONS.contains(s.tokens().get(trig).lemma())) && gov.isVerb()) {
            return verbSources(d.governor());
          }
        }
      }
      return out;
    }

    /**
     * Who fights in a fight they were sent to: "troops deployed in the war on the rebels",
     * "forces engaged in the offensive"; "Chile sent troops for the assault": the sender, whose
     * troops they are. Empty when the noun is not where someone was sent.
     */
    private Map<Integer, ActorMatch> deployedIn(int trig) {
      for (Dependency d : s.heads(trig)) {
        int verb = d.governor();
        boolean where = d.relation().equals("obl:in") || d.relation().equals("obl:for")
            || d.relation().equals("obl:to");
        if (!where || !DEPLOYING.contains(s.tokens().get(verb).lemma())) {
          continue;
        }
        // the sender's forces are the sender's: "Bolivia sent troops for the assault"
        Map<Integer, ActorMatch> who = actors(patients(verb), Set.of());
        for (Dependency up : s.heads(verb)) {
          if (who.isEmpty() && up.relation().equals("acl")) {
            // the reduced passive: "troops deployed in ..."
            who = actors(List.of(up.governor()), Set.of());
          }
        }
        if (who.isEmpty() && depth < 3) {
          depth++;
          who = verbSources(verb);
          depth--;
        }
        return who;
      }
      return Map.of();
    }

    /**
     * Whether a noun's "of" phrase names who acts: for statements, appeals, intents, meetings,
     * demands, disapproval, rejections, threats and protests (roots 01-05, 09-14) whose pattern
     * does not look for the target there; not for "the expulsion of" or "the killing of".
     */
    private boolean ofIsAgent(EventPattern p) {
      int root = Integer.parseInt(p.code().substring(0, 2));
      return (root <= 5 || root >= 9 && root <= 14) && p.objects().isEmpty()
          && p.targets().stream().noneMatch(t -> t.replace("*", "").startsWith("nmod:of"));
    }

    private Map<Integer, ActorMatch> slot(int trig, String slot, EventPattern p,
        Set<String> exclude) {
      boolean inside = slot.startsWith("*");
      String path = inside ? slot.substring(1) : slot;
      List<Integer> heads = List.of(trig);
      if (path.equals("obj")) {
        heads = objects(trig, p.noun());
      } else {
        // most slots are one step: no array for them (issue 6)
        for (String step : path.indexOf('.') < 0 ? new String[] {path} : path.split("\\.")) {
          List<Integer> next = new ArrayList<>();
          for (int h : heads) {
            next.addAll(step(h, step, p));
          }
          heads = next;
        }
      }
      if (!inside) {
        return actors(heads, exclude);
      }
      Map<Integer, ActorMatch> out = new LinkedHashMap<>();
      for (int h : heads) {
        findInside(h, exclude).ifPresent(a -> out.put(h, a));
      }
      return out;
    }

    private List<Integer> step(int head, String rel, EventPattern p) {
      if (rel.equals("obj") && !p.noun() && passive(head)) {
        return patients(head);
      }
      if (rel.equals("between") || rel.equals("nmod:between")) {
        return s.children(head, "nmod:between");
      }
      if ((rel.equals("nmod:poss") || rel.equals("nmod:of")) && notTheActor(head)) {
        // "attacked Russia's embassy" strikes Russia, "attacked Russia's allies" does not
        return List.of();
      }
      List<Integer> out = new ArrayList<>(s.children(head, rel));
      if (rel.equals("ccomp") && p.code().startsWith("10")) {
        // "insisted that Iran withdraw" is a demand, "insisted their son is innocent" is not
        out.removeIf(c -> !(obliged(c) || subjunctive(c)));
      }
      if (rel.startsWith("obl:") && out.isEmpty()) {
        out.addAll(s.children(head, "nmod:" + rel.substring(4)));
      }
      if (rel.startsWith("nmod:") && out.isEmpty() && !p.noun()) {
        // "sent €5 million in aid to Tonga": the receiver may hang on what the amount measures
        for (int c : contents(head)) {
          out.addAll(s.children(c, rel));
        }
      }
      return out;
    }

    /** Resolves each phrase head to an actor, skipping heads that name none. */
    private Map<Integer, ActorMatch> actors(List<Integer> heads, Set<String> exclude) {
      Map<Integer, ActorMatch> out = new LinkedHashMap<>();
      for (int h : heads) {
        Map<Integer, ActorMatch> each = eachNation(h, exclude);
        if (!each.isEmpty()) {
          out.putAll(each);
          continue;
        }
        phraseActor(h, exclude).or(() -> makerOf(h, exclude)).ifPresent(a -> out.put(h, a));
      }
      return out;
    }

    /**
     * "Chilean and Peruvian officials", "Bolivian and Peruvian warships": one actor for each of
     * the joined nationalities, in the noun's role, keyed by the nationality word; empty when
     * the noun has fewer than two.
     */
    private Map<Integer, ActorMatch> eachNation(int head, Set<String> exclude) {
      List<Mention> nations = new ArrayList<>(2);
      boolean joined = false;
      for (int a : s.children(head, "amod")) {
        Mention m = byToken[a];
        if (m != null && m.kind() == Mention.Kind.ADJECTIVE) {
          nations.add(m);
          joined |= s.children(a, "conj:and").stream().anyMatch(c -> byToken[c] != null);
        }
      }
      if (nations.size() < 2 || !joined) {
        return Map.of();
      }
      Mention role = byToken[head] != null && byToken[head].kind() == Mention.Kind.AGENT
          ? byToken[head] : null;
      Map<Integer, ActorMatch> out = new LinkedHashMap<>();
      for (Mention n : nations) {
        List<Mention> parts = role == null ? List.of(n) : List.of(n, role);
        ActorComposer.compose(parts, role == null, Optional.empty())
            .filter(a -> !DocumentContext.excluded(a.code(), exclude))
            .ifPresent(a -> out.put(n.begin(), a));
      }
      return out.size() < 2 ? Map.of() : out;
    }

    /** "comments made by Trump", "the plan proposed by the US": the maker of a thing. */
    private Optional<ActorMatch> makerOf(int head, Set<String> exclude) {
      for (int c : s.children(head, "acl")) {
        if (!s.tokens().get(c).tag().equals("VBN")) {
          continue;
        }
        for (int agent : agentsOf(c)) {
          Optional<ActorMatch> a = phraseActor(agent, exclude);
          if (a.isPresent()) {
            return a;
          }
        }
      }
      return Optional.empty();
    }

    /**
     * The nationality a role noun shares with the noun of the same role it is joined to:
     * "Turkish troops and tanks" are both Turkish; "Syrian troops and rebels" are not one side.
     */
    private Optional<Mention> sharedNation(int head) {
      Mention role = byToken[head];
      if (role == null || role.kind() != Mention.Kind.AGENT) {
        return Optional.empty();
      }
      for (Dependency d : s.heads(head)) {
        Mention first = byToken[d.governor()];
        if (!d.relation().startsWith("conj") || first == null
            || first.kind() != Mention.Kind.AGENT || !first.code().equals(role.code())) {
          continue;
        }
        Optional<Mention> nation = nationality(d.governor());
        if (nation.isPresent()) {
          return nation;
        }
      }
      return Optional.empty();
    }

    /** The first nationality word among a noun's adjectives ("Turkish troops"), if any. */
    private Optional<Mention> nationality(int noun) {
      for (int a : s.children(noun, "amod")) {
        if (byToken[a] != null && byToken[a].kind() == Mention.Kind.ADJECTIVE) {
          return Optional.of(byToken[a]);
        }
      }
      return Optional.empty();
    }

    Optional<ActorMatch> phraseActor(int head, Set<String> exclude) {
      String lemma = s.tokens().get(head).lemma();
      // "Assad's backer, Russia", "his counterpart, Sergei Lavrov", "his critic, Chile": the
      // apposition says who a relation noun is; its possessor says only whose backer it is
      boolean apposed = byToken[head] == null
          && (RELATIONS.contains(lemma) || KIN.contains(lemma))
          && !s.children(head, "appos").isEmpty();
      if (notTheActor(head)) {
        return Optional.empty();
      }
      if (UNITS.contains(lemma)) {
        // "21 companies of the Rapid Action Force": a unit is of the force it belongs to, and a
        // company of police no business
        for (int of : s.children(head, "nmod:of")) {
          Optional<ActorMatch> force = phraseActor(of, exclude);
          if (force.isPresent()) {
            return force;
          }
        }
      }
      List<Mention> ms = new ArrayList<>(2);
      // breadth first, each word once, in the order a queue of every edge would first reach it
      // (issue 6: boxed queues and sets here were the extractor's largest allocation)
      Walk walk = phraseWalk.start(head);
      for (int t = walk.next(); t >= 0; t = walk.next()) {
        Mention m = byToken[t];
        if (m != null && !ms.contains(m)) {
          resolve(m, exclude).ifPresent(ms::add);
        }
        for (Dependency d : s.children(t)) {
          if ((PHRASE_RELATIONS.contains(d.relation()) || toOwner(t, d.relation()))
              && (!apposed || t != head || d.relation().equals("appos"))) {
            walk.add(d.dependent());
          }
        }
      }
      boolean named = false;
      for (Mention x : ms) {
        named |= x.kind() != Mention.Kind.AGENT && byToken[x.begin()] == x;
      }
      if (named) {
        // "his Spanish counterpart", "its Syrian allies": a possessive pronoun names whose
        // counterpart or ally it is; the phrase's own names say who it is
        ms.removeIf(x -> byToken[x.begin()] != x);
      } else if (byToken[head] == null && lemma.equals("team")) {
        // "a meeting with his national security team": someone's own team is not whom "his"
        // stands for, nor what its words of role are; "a UN team" is the UN's
        ms.removeIf(x -> byToken[x.begin()] != x || x.kind() == Mention.Kind.AGENT);
      }
      boolean rolesOnly = !ms.isEmpty();
      for (Mention x : ms) {
        rolesOnly &= x.kind() == Mention.Kind.AGENT;
      }
      if (rolesOnly) {
        // "troops from Chile", "judges in Peru": where a role noun is from is
        // whose it is, before the article's own country
        boolean armed = ms.stream().anyMatch(x -> ARMED_ROLES.contains(x.code()));
        Optional<Mention> shared = sharedNation(head);
        if (shared.isPresent()) {
          ms.add(shared.get());
        } else {
          countryOfOrigin(head, armed).ifPresent(ms::add);
        }
      }
      Mention h = byToken[head];
      // a nationality word heading the phrase stands for its country ("eight Russians", or the
      // "Iranian" a slot like obj.amod points at)
      boolean headAdj = h != null && h.kind() == Mention.Kind.ADJECTIVE;
      if (!headAdj && h == null && (violentNoun.test(s.tokens().get(head))
          || PLACES.contains(lemma) || MILITARY_MOVES.contains(lemma))) {
        // "Chilean airstrikes killed ...": the nationality of a blow is who struck it, of a
        // deployment who deployed, and of a town ("an assault on the Somali town") its country
        for (Mention x : ms) {
          headAdj |= x.kind() == Mention.Kind.ADJECTIVE;
        }
      }
      // Kurdish fighters are of Syria, Iraq, Turkey or Iran: of the one the story is in (a
      // country the phrase names itself, "from Iraq", comes first in the composing)
      boolean kurdish = rolesOnly && ms.stream().anyMatch(x -> x.entry().contains("kurdish"));
      Optional<String> home = kurdish ? kurdishLand(head).or(ctx::country) : ctx.country();
      Optional<ActorMatch> a = ActorComposer.compose(ms, headAdj, home);
      for (String c : exclude) {
        if (a.isPresent() && ActorRef.sameActor(c, a.get().code())) {
          return Optional.empty();
        }
      }
      return a;
    }

    /**
     * Whether a relation leads from a word to whose it is, so that its phrase goes on there: to
     * whom it speaks for or advises ("a spokesman for the UN", "an adviser to the UN" are the
     * UN's; an envoy to Peru is not Peru's), or to who holds it ("rebel-held areas" are the
     * rebels').
     */
    private boolean toOwner(int word, String relation) {
      String lemma = s.tokens().get(word).lemma();
      return relation.equals("nmod:for") && SPOKESMEN.contains(lemma)
          || relation.equals("nmod:to") && ADVISERS.contains(lemma)
          // "rebel-held areas", "opposition-controlled towns": the holder's
          || (relation.equals("obl") || relation.equals("obl:npmod"))
          && HOLDING.contains(lemma) && s.tokens().get(word).tag().equals("VBN");
    }

    /**
     * The country of the Kurds a phrase speaks of: one of theirs named in the sentence, else the
     * last one named before it in the article.
     */
    private Optional<String> kurdishLand(int head) {
      // Turkey, named most often as the Kurds' foe, comes last
      for (Set<String> lands : List.of(KURDISH_HOMES, Set.of("TUR"))) {
        for (Mention m : byToken) {
          // a country, its capital or places, or its people ("the Assad regime")
          String p = m == null || m.kind() == Mention.Kind.AGENT
              || m.kind() == Mention.Kind.PRONOUN ? "" : ActorRef.primaryOf(m.code());
          if (lands.contains(p)) {
            return Optional.of(p);
          }
        }
        Optional<String> before = ctx.lastCountryAmong(lands, s.index(), head);
        if (before.isPresent()) {
          return before;
        }
      }
      return Optional.empty();
    }

    /** The country or capital a role noun is "from" or "in", if the phrase names one. */
    private Optional<Mention> countryOfOrigin(int head, boolean armed) {
      for (String rel : ORIGINS) {
        if (armed && !rel.equals("nmod:from")) {
          // "500 troops in Syria" are often another country's: only "from" says whose they are
          continue;
        }
        for (int c : s.children(head, rel)) {
          Mention m = byToken[c];
          if (m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.CAPITAL
              || m.kind() == Mention.Kind.PLACE)) {
            return Optional.of(m);
          }
        }
      }
      return Optional.empty();
    }

    /**
     * Whether an "it" stands for no one: marked so by the parser, or the subject of a judgment
     * on a clause ("it would be safe to return", "it is clear that ..."). Not of words that say
     * what the subject itself is ready or willing to do ("it is ready to talk").
     */
    /**
     * Whether a predicate has a "that" or "whether" clause after it (not a "to" clause: "it is
     * ready to attack" is someone).
     */
    private boolean clauseAfter(int pred) {
      for (Dependency d : s.children(pred)) {
        if (d.dependent() > pred && (d.relation().startsWith("ccomp")
            || d.relation().startsWith("csubj"))) {
          for (int mark : s.children(d.dependent(), "mark")) {
            String w = s.tokens().get(mark).lemma();
            if (w.equals("that") || w.equals("whether")) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private boolean expletive(int it) {
      if (!s.tokens().get(it).lemma().equals("it")) {
        return false;
      }
      for (Dependency d : s.heads(it)) {
        if (d.relation().startsWith("expl")) {
          return true;
        }
        int pred = d.governor();
        if (d.relation().equals("nsubj") && !s.children(pred, "cop").isEmpty()
            && JUDGMENTS.contains(s.tokens().get(pred).lemma())
            && (!s.children(pred, "xcomp").isEmpty() || !s.children(pred, "ccomp").isEmpty()
                || !s.children(pred, "csubj").isEmpty() || !s.children(pred, "advcl").isEmpty())) {
          return true;
        }
        if (d.relation().equals("nsubj") && !s.children(pred, "cop").isEmpty()
            && clauseAfter(pred)) {
          // "It was pathetic that Britain ...": the clause is the subject
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a phrase names someone close to or against the actors inside it, or a war between
     * them, and so none of them: "the parents of a British soldier", "the lawyer of the
     * opposition leader", "critics of Trump", "support for the Iraq war"; unless an apposition
     * says who it is ("his lawyer, John Smith").
     */
    private boolean notTheActor(int head) {
      String lemma = s.tokens().get(head).lemma();
      // "Russia's allies", "the US military's partners" are others; "his Spanish counterpart"
      // is named by its own word
      return byToken[head] == null && (KIN.contains(lemma) || WARS.contains(lemma)
          || RELATIONS.contains(lemma) && !ownName(head))
          && s.children(head, "appos").isEmpty();
    }

    /** Whether a noun has a name of its own among its modifiers ("his Spanish counterpart"). */
    private boolean ownName(int head) {
      for (Dependency d : s.children(head)) {
        boolean modifier = d.relation().equals("amod") || d.relation().equals("compound");
        if (modifier && byToken[d.dependent()] != null) {
          return true;
        }
      }
      return false;
    }

    /** Finds the first actor anywhere inside a phrase (the "US" of "the US consulate"). */
    Optional<ActorMatch> findInside(int head, Set<String> exclude) {
      Walk walk = insideWalk.start(head);
      for (int t = walk.next(); t >= 0; t = walk.next()) {
        Optional<ActorMatch> a = phraseActor(t, exclude);
        if (a.isPresent()) {
          return a;
        }
        if (notTheActor(t)) {
          // nor is anything inside "the critics of Peru" the one the phrase names
          continue;
        }
        for (Dependency d : s.children(t)) {
          if (!d.relation().startsWith("acl") && !d.relation().equals("punct")
              && !d.relation().startsWith("conj") && !d.relation().equals("nmod:in")) {
            walk.add(d.dependent());
          }
        }
      }
      return Optional.empty();
    }

    /**
     * Whether a pronoun counts a part of the people its sentence named ("60 people were
     * arrested, 45 of them in Peru"), not an actor of another sentence.
     */
    private boolean partOfCount(int pronoun) {
      for (Dependency d : s.heads(pronoun)) {
        Token gov = s.tokens().get(d.governor());
        if (d.relation().equals("nmod:of") && (gov.tag().equals("CD")
            || PARTITIVES.contains(gov.lemma()))) {
          return true;
        }
      }
      for (Dependency d : s.children(pronoun)) {
        if (d.relation().startsWith("det:qmod") || d.relation().equals("nummod")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a noun names something not named before: with an indefinite article, or with a
     * nationality or an owner of its own ("his lawyer's office").
     */
    private boolean another(int noun) {
      if (!s.children(noun, "nmod:poss").isEmpty()) {
        return true;
      }
      for (int d : s.children(noun, "det")) {
        if (INDEFINITE.contains(s.tokens().get(d).lemma())) {
          return true;
        }
      }
      if (nationality(noun).isPresent()) {
        return true;
      }
      // "the UK surveillance agency" is a British one, whatever agency was named before
      for (int c : s.children(noun, "compound")) {
        if (byToken[c] != null && byToken[c].isCountryLike()) {
          return true;
        }
      }
      return false;
    }

    /** Turns pronouns and generic organization nouns into what they refer to. */
    /**
     * The country or organization that "it" stands for as the subject of what that actor says or
     * insists ("Turkey, which occupies northern Cyprus, insisted it would not ...": Turkey, not
     * Cyprus, named last); also a body of a nation that says "it" or "they" will act ("the
     * Syrian regime said it would", "Iraqi militias said they will").
     */
    private Optional<Mention> reporterOf(Mention it) {
      boolean they = it.code().equals("they");
      if (!it.code().equals("it") && !they) {
        return Optional.empty();
      }
      for (Dependency d : s.heads(it.begin())) {
        if (!d.relation().startsWith("nsubj")) {
          continue;
        }
        for (Dependency up : s.heads(d.governor())) {
          if (!up.relation().startsWith("ccomp")
              || !SAY.contains(s.tokens().get(up.governor()).lemma())) {
            continue;
          }
          for (int subj : s.children(up.governor(), "nsubj")) {
            Mention said = byToken[subj];
            if (subj > it.begin()) {
              continue;
            }
            if (!they && said != null && (said.kind() == Mention.Kind.COUNTRY
                || said.kind() == Mention.Kind.CAPITAL || said.kind() == Mention.Kind.ORG)) {
              return Optional.of(new Mention(it.begin(), it.end(), said.kind(), said.code(),
                  it.entry() + "->" + said.code()));
            }
            // "the Syrian regime said it would", "Iraqi militias said they will": a body that
            // speaks for itself, with its nationality
            String tag = s.tokens().get(subj).tag();
            boolean body = they ? tag.equals("NNS")
                : tag.equals("NN") && BODIES.contains(s.tokens().get(subj).lemma());
            if ((said == null || said.kind() == Mention.Kind.AGENT
                || said.kind() == Mention.Kind.ORG_NOUN) && body && depth < 3) {
              depth++;
              Map<Integer, ActorMatch> speaker = actors(List.of(subj), Set.of());
              depth--;
              for (ActorMatch a : speaker.values()) {
                // (a role with no country is no one: "officials said they")
                if (a.code().length() > 3 || ActorRef.bareCountry(a.code())) {
                  return Optional.of(new Mention(it.begin(), it.end(), Mention.Kind.ORG,
                      a.code(), it.entry() + "->" + a.code()));
                }
              }
            }
          }
        }
      }
      return Optional.empty();
    }

    private Optional<Mention> resolve(Mention m, Set<String> exclude) {
      if (m.kind() == Mention.Kind.PRONOUN && m.code().equals(THE_COUNTRY)) {
        return ctx.theCountry(s.index(), m.begin(), exclude).map(c -> new Mention(m.begin(),
            m.end(), Mention.Kind.COUNTRY, c, THE_COUNTRY + ":" + c));
      }
      if (m.kind() == Mention.Kind.PRONOUN) {
        if (expletive(m.begin()) || partOfCount(m.begin())) {
          return Optional.empty();
        }
        // no exclusion here: "his counterpart" refers to the subject and so codes no event
        boolean subject = false;
        for (Dependency d : s.heads(m.begin())) {
          subject |= d.relation().equals("nsubj") || d.relation().equals("nsubj:pass");
        }
        Optional<Mention> reporter = subject ? reporterOf(m) : Optional.empty();
        if (reporter.isPresent()) {
          return reporter;
        }
        return ctx.resolvePronoun(m.code(), s.index(), m.begin(), Set.of(), subject)
            .map(code -> new Mention(m.begin(), m.end(), code.length() == 3
                ? Mention.Kind.COUNTRY : Mention.Kind.ORG, code, m.entry() + "->" + code));
      }
      if (m.kind() == Mention.Kind.ORG_NOUN) {
        // "the alliance" is NATO only where NATO was named before; "a force", "an Arab force"
        // bring in another one
        return ctx.seenOrg(m.code()) && !another(m.end() - 1) ? Optional.of(m)
            : Optional.empty();
      }
      return Optional.of(m);
    }
  }
}
