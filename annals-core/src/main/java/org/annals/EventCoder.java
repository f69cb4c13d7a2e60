package org.annals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.StageTimer.Stage;
import org.annals.actors.ActorLexicon;
import org.annals.actors.ActorMatch;
import org.annals.actors.Mention;
import org.annals.coding.Candidate;
import org.annals.coding.DocumentContext;
import org.annals.coding.EventExtractor;
import org.annals.coding.ontology.CameoOntology;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.events.ActorRef;
import org.annals.events.CameoCode;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Mode;
import org.annals.ingest.Article;
import org.annals.ingest.TextCleaner;
import org.annals.nlp.NlpPipeline;
import org.annals.nlp.ParsedArticle;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;
import org.annals.time.EventDater;
import org.annals.time.ModeDetector;

/**
 * Codes articles into events: cleans the text, splits and tags it, parses only the sentences where
 * a trigger and two actor mentions can make an event, extracts events, and dates, moods and links
 * them. Build once with {@link #builder()} and share across threads.
 */
public final class EventCoder {
  /** Articles longer than this are analysed in pieces, so memory stays bounded. */
  static final int CHUNK = 20_000;

  private final NlpPipeline nlp;
  private final ActorLexicon actors;
  private final CameoOntology ontology;
  private final EventExtractor extractor;
  private final TextCleaner cleaner = new TextCleaner();
  private final ModeDetector modes = new ModeDetector();
  private final EventLinker linker = new EventLinker();
  private final boolean oneActorEnough;
  // stage timing for `annals bench` (issue "Scale and speed"): StageTimer.NONE unless set
  private final StageTimer timer;

  private EventCoder(Builder b) {
    this.timer = b.timer;
    this.nlp = b.timer == StageTimer.NONE ? b.nlp : new TimedNlpPipeline(b.nlp, b.timer);
    this.actors = b.actors;
    this.ontology = b.ontology;
    this.extractor = new EventExtractor(b.patterns);
    this.oneActorEnough = b.oneActorEnough;
  }

  /** Returns a builder; the lexicons default to the bundled ones, the NLP pipeline is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the actor lexicon in use. */
  public ActorLexicon actors() {
    return actors;
  }

  /** Codes one article. */
  public List<Event> code(Article article) {
    return codeExplained(article).events();
  }

  /** Codes one article and keeps how each event was found. */
  public CodedArticle codeExplained(Article article) {
    long t = timer.start();
    String text = cleaner.clean(article.text());
    boolean caseless = Recaser.needed(text, actors);
    if (caseless) {
      text = Recaser.recase(text, actors);
    }
    timer.stop(Stage.CLEANING, t);
    Optional<LocalDate> date = article.date();
    List<ParsedSentence> sentences = split(text,
        new SentencePrefilter(actors, extractor, date, caseless, oneActorEnough));
    t = timer.start();
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    for (ParsedSentence s : sentences) {
      mentions.add(actors.find(s.tokens(), date, caseless));
    }
    if (!caseless) {
      addTitledNames(sentences, mentions);
    }
    addSurnames(sentences, mentions);
    timer.stop(Stage.ACTORS, t);
    Set<String> told = new HashSet<>();
    sentences = nlp.parse(sentences, s -> worthParsing(s, mentions.get(s.index()), told));
    t = timer.start();
    DocumentContext ctx = new DocumentContext(date, caseless, DocumentContext.mainCountry(mentions))
        .oneActorEnough(oneActorEnough);
    EventDater dater = new EventDater(date, modes);
    // two passes, extraction then dating (neither reads the other's state), so that the stage
    // timer reads its clock twice an article rather than twice a sentence (issue 6)
    List<List<Candidate>> found = new ArrayList<>(sentences.size());
    boolean sport = DocumentContext.sportPage(sentences);
    for (ParsedSentence s : sentences) {
      ctx.remember(s, mentions.get(s.index()));
      ctx.rememberPlurals(extractor.plurals(s, mentions.get(s.index()), ctx));
      ctx.rememberPeople(extractor.people(s, mentions.get(s.index()), ctx));
      List<Candidate> cands = extractor.extract(s, mentions.get(s.index()), ctx);
      // a sport page's "beat", "crushed", "attack" are games, not violence; aid groups, the media,
      // hospitals and schools use no force ("taken by the Red Cross to hospital", "they struck"),
      // though students who fight their police riot ("students battled riot police": 145)
      cands = cands.stream().filter(c -> !civilDeparture(c))
          .filter(c -> !CameoCode.violent(c.pattern().code())
          || workersStrike(c) || !sport && (!unarmed(c.source().code())
              || riot(c.source().code(), c.target().code()))).filter(c -> !privateTrip(c))
          .filter(c -> !sport || !(teamOrReferee(c.source().code())
              || teamOrReferee(c.target().code())))
          // "backed Assad's overthrow" supports no Assad
          .filter(c -> !c.pattern().code().startsWith("05")
              || !extractor.backsHarm(s, c.trigger()))
          .toList();
      cands = refusalsOfActs(s, cands);
      ctx.rememberActs(cands);
      found.add(cands);
    }
    t = timer.stop(Stage.CODING, t);
    List<Draft> drafts = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      List<Candidate> cands = found.get(s.index());
      List<Integer> triggers = new ArrayList<>(cands.size());
      for (Candidate c : cands) {
        triggers.add(c.trigger());
      }
      List<Optional<EventDate>> dates = dater.date(s, triggers);
      for (int k = 0; k < cands.size(); k++) {
        Candidate c = cands.get(k);
        Mode mode = modes.mode(s, c.trigger());
        if (oneActorEnough && reading(c, mode).mode() == Mode.NEGATED) {
          // a sentence's class is what happened: "failed to reach a deal" reached none
          continue;
        }
        drafts.add(new Draft(c, dates.get(k), mode));
      }
    }
    t = timer.stop(Stage.DATES_MODES, t);
    ParsedArticle parsed = new ParsedArticle(article, text, sentences);
    CodedArticle coded = linker.link(article, parsed, drafts, this::event);
    timer.stop(Stage.LINKING, t);
    return coded;
  }

  /**
   * Says why the coder found no event in the sentence of a coded article that contains {@code
   * evidence}, as one of a few causes followed by detail: {@code no-sentence}, {@code no-trigger}
   * (no word of the sentence has a pattern), {@code actors<2} (fewer than two actor mentions),
   * {@code not-parsed}, {@code no-fit} (parsed, but no pattern's slots led to two actors),
   * {@code other-event} (the sentence gave events, but not this one) or {@code not-tagged} (the
   * fast profile did not tag it). For {@code eval --errors}.
   */
  public String whyMissed(CodedArticle coded, String evidence) {
    String needle = evidence.strip();
    int cut = needle.indexOf(" ... ");
    needle = (cut > 0 ? needle.substring(0, cut) : needle);
    needle = normal(needle.substring(0, Math.min(needle.length(), 40)));
    for (ParsedSentence s : coded.parsed().sentences()) {
      if (!normal(s.text()).contains(needle)) {
        continue;
      }
      List<Mention> ms = actors.find(s.tokens(), coded.parsed().article().date(),
          Recaser.needed(coded.parsed().text(), actors));
      StringBuilder actorList = new StringBuilder();
      for (Mention m : ms) {
        actorList.append(actorList.length() == 0 ? "" : ", ").append(m.code()).append(" '")
            .append(s.text(), Math.max(0, s.tokens().get(m.begin()).begin() - s.begin()),
                Math.min(s.text().length(), s.tokens().get(m.end() - 1).end() - s.begin()))
            .append('\'');
      }
      StringBuilder triggers = new StringBuilder();
      for (Token t : s.tokens()) {
        if (extractor.mayTrigger(t)) {
          triggers.append(triggers.length() == 0 ? "" : ", ").append(t.lemma());
        }
      }
      long events = coded.events().stream().filter(e -> e.sentence() == s.index()).count();
      boolean tagged = s.tokens().isEmpty() || s.tokens().get(0).isTagged();
      String cause = events > 0 ? "other-event"
          // the fast profile leaves untagged the sentences without a possible trigger and two
          // possible actors, or over its parse limit: no lemma to list
          : !tagged ? "not-tagged"
          : triggers.length() == 0 ? "no-trigger"
          : ms.size() < 2 ? "actors<2"
          : !s.isParsed() ? "not-parsed" : "no-fit";
      return cause + "  sentence " + s.index() + "; actors: [" + actorList + "]; triggers: ["
          + triggers + "]";
    }
    return "no-sentence";
  }

  /** Text for matching evidence: lower case, one space, plain quotes. */
  private static String normal(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
        .replaceAll("[\u2018\u2019`]", "'").replaceAll("[\u201c\u201d]|''", "\"");
  }

  /** Names that follow a title but are a date, not a person ("US forces Monday"). */
  private static final java.util.Set<String> NOT_NAMES = java.util.stream.Stream.concat(
      java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> d.getDisplayName(
          java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)),
      java.util.Arrays.stream(java.time.Month.values()).map(m -> m.getDisplayName(
          java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Adds mentions found after lookup to a sentence's list, kept in reading order. */
  private static void addMentions(List<List<Mention>> mentions, int sentence,
      List<Mention> added) {
    if (added.isEmpty()) {
      return;
    }
    List<Mention> all = new ArrayList<>(mentions.get(sentence));
    all.addAll(added);
    all.sort(java.util.Comparator.comparingInt(Mention::begin));
    mentions.set(sentence, all);
  }

  /**
   * A person the lexicon does not know, named after a country's title ("Ivorian President Laurent
   * Gbagbo", "Kenya's Foreign Minister Raphael Tuju"), holds that title in this article: the name
   * becomes a person mention with the title's code, so that the surname alone and "he" refer to
   * it later.
   */
  private static void addTitledNames(List<ParsedSentence> sentences,
      List<List<Mention>> mentions) {
    for (ParsedSentence s : sentences) {
      List<Mention> ms = mentions.get(s.index());
      List<Mention> added = new ArrayList<>();
      for (int i = 0; i + 1 < ms.size(); i++) {
        Mention country = ms.get(i);
        Mention title = ms.get(i + 1);
        int gap = title.begin() - country.end();
        boolean possessive = gap == 1 && s.tokens().get(country.end()).tag().equals("POS");
        if (!country.isCountryLike() || title.kind() != Mention.Kind.AGENT
            || !(gap == 0 || possessive)) {
          continue;
        }
        int end = title.end();
        Mention next = i + 2 < ms.size() ? ms.get(i + 2) : null;
        while (end < s.tokens().size() && end - title.end() < 3
            && s.tokens().get(end).tag().equals("NNP")
            && !NOT_NAMES.contains(s.tokens().get(end).word())
            && (next == null || end < next.begin())) {
          end++;
        }
        if (end - title.end() >= 2) {
          // one capitalized word after a title is as often a place or a body as a name
          added.add(new Mention(title.end(), end, Mention.Kind.PERSON,
              country.code() + title.code(), "title:" + country.entry() + "+" + title.entry()));
        }
      }
      addMentions(mentions, s.index(), added);
    }
  }

  /**
   * Once an article has named a person in full ("Lloyd Austin"), the surname alone ("Austin")
   * refers to that person in the rest of the article, even where the lexicon leaves the bare
   * surname out as too ambiguous.
   */
  private static void addSurnames(List<ParsedSentence> sentences, List<List<Mention>> mentions) {
    java.util.Map<String, Mention> surnames = new java.util.HashMap<>();
    Set<String> othersNamed = new java.util.HashSet<>();
    for (ParsedSentence s : sentences) {
      List<Mention> ms = mentions.get(s.index());
      // "Jack McConnell ... Mr McConnell": a surname the article gave someone the lexicon does
      // not know is that person's, not the lexicon's namesake's
      List<Mention> kept = new ArrayList<>(ms.size());
      for (Mention m : ms) {
        boolean namesake = m.kind() == Mention.Kind.PERSON && m.end() - m.begin() == 1
            && othersNamed.contains(s.tokens().get(m.begin()).word());
        if (!namesake) {
          kept.add(m);
        }
      }
      if (kept.size() < ms.size()) {
        ms = kept;
        mentions.set(s.index(), ms);
      }
      // a surname that the lexicon knows as someone else's ("Howard" of John Howard) is the
      // person this article named in full before ("Michael Howard ... Mr Howard")
      for (int k = 0; k < ms.size(); k++) {
        Mention m = ms.get(k);
        Mention named = m.kind() == Mention.Kind.PERSON && m.end() - m.begin() == 1
            ? surnames.get(s.tokens().get(m.begin()).word()) : null;
        if (named != null && !named.entry().equals(m.entry())) {
          ms = new ArrayList<>(ms);
          ms.set(k, new Mention(m.begin(), m.end(), Mention.Kind.PERSON, named.code(),
              named.entry() + " (surname)"));
          mentions.set(s.index(), ms);
        }
      }
      List<Mention> added = new ArrayList<>();
      boolean[] covered = new boolean[s.tokens().size()];
      for (Mention m : ms) {
        for (int i = m.begin(); i < m.end(); i++) {
          covered[i] = true;
        }
      }
      for (Token t : s.tokens()) {
        Mention known = surnames.get(t.word());
        if (known != null && !covered[t.index()] && properNoun(t)) {
          added.add(new Mention(t.index(), t.index() + 1, Mention.Kind.PERSON, known.code(),
              known.entry() + " (surname)"));
        }
      }
      for (Mention m : ms) {
        if (m.kind() == Mention.Kind.PERSON && m.end() - m.begin() > 1) {
          surnames.put(s.tokens().get(m.end() - 1).word(), m);
        }
      }
      for (int i = 1; i < s.tokens().size(); i++) {
        Token first = s.tokens().get(i - 1);
        Token last = s.tokens().get(i);
        // an untagged sentence's first word is capitalized whatever it is
        boolean firstName = first.isTagged() ? first.tag().startsWith("NNP")
            : i > 1 && properNoun(first);
        if (!covered[i - 1] && !covered[i] && firstName && properNoun(last)
            && !ActorLexicon.honorific(first.word()) && !surnames.containsKey(last.word())) {
          othersNamed.add(last.word());
        }
      }
      addMentions(mentions, s.index(), added);
    }
  }

  /**
   * Whether a token is tagged a proper noun or, untagged (a sentence the fast profile did not
   * tag: it cannot hold an event, but its people are remembered for pronouns), is capitalized.
   */
  private static boolean properNoun(Token t) {
    return t.isTagged() ? t.tag().startsWith("NNP") : Character.isUpperCase(t.word().charAt(0));
  }

  /**
   * Whether a sentence may hold an event: a trigger and two actor mentions (or one, when one is
   * enough), counting "the two countries" as two and "the attack" told before ({@code told}: the
   * lemmas of earlier sentences' triggers, to which this sentence's are added) as one.
   */
  private boolean worthParsing(ParsedSentence s, List<Mention> mentions, Set<String> told) {
    int named = mentions.size() + extractor.impliedMentions(s.tokens(), told);
    if (named < (oneActorEnough ? 1 : 2)) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (extractor.mayTrigger(t) || oneActorEnough && extractor.mayComment(t)) {
        return true;
      }
    }
    return extractor.mayJudge(s.tokens());
  }

  private List<ParsedSentence> split(String text, SentencePrefilter prefilter) {
    if (text.length() <= CHUNK) {
      return nlp.split(text, prefilter);
    }
    List<ParsedSentence> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = chunkEnd(text, start);
      for (ParsedSentence s : nlp.split(text.substring(start, end), prefilter)) {
        out.add(shift(s, start, out.size()));
      }
      start = end;
    }
    return out;
  }

  private static int chunkEnd(String text, int start) {
    int max = Math.min(text.length(), start + CHUNK);
    if (max == text.length()) {
      return max;
    }
    for (String sep : new String[] {"\n\n", ". ", "\n", " "}) {
      int i = text.lastIndexOf(sep, max - sep.length());
      if (i > start + CHUNK / 2) {
        return i + sep.length();
      }
    }
    return max;
  }

  private static ParsedSentence shift(ParsedSentence s, int offset, int index) {
    List<Token> toks = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      toks.add(new Token(t.index(), t.word(), t.lemma(), t.tag(), t.ner(), t.begin() + offset,
          t.end() + offset));
    }
    return new ParsedSentence(index, s.text(), s.begin() + offset, toks, s.dependencies(),
        s.root(), s.opaque());
  }

  /** Builds the event of a draft, without id or cause. */
  private Event event(Article a, Draft d, String id, Optional<String> cause) {
    Candidate c = d.candidate();
    ParsedSentence s = c.sentence();
    Token trig = s.tokens().get(c.trigger());
    Reading r = reading(c, d.mode());
    ActorRef source = ref(s, c.source());
    ActorRef target = ref(s, c.target());
    // a state's visit to a country is a visit to its government, and so is a country hosting
    // one (tourists travelling to Peru visit no government)
    if (r.code().code().equals("042") && official(source.code())) {
      target = government(target);
    } else if (r.code().code().equals("043") && official(target.code())) {
      source = government(source);
    }
    return new Event(a.id(), id, source, target, r.code(), d.date(),
        r.mode(), s.index(), trig.word(), trig.begin(), trig.end(), s.text(), c.pattern().id(),
        cause, EventDetails.place(s, c, actors), EventDetails.count(s, c),
        EventDetails.attribution(s, c));
  }

  /** Whether an actor never uses force: aid and rights groups, the media, hospitals, schools. */
  static boolean unarmed(String code) {
    return code.startsWith("NGO") || code.endsWith("MED") || code.endsWith("HLH")
        || code.endsWith("EDU");
  }

  /**
   * Whether a "strike" is a stoppage of work: the noun said of workers, farmers, students or
   * another unarmed sector ("workers went on strike"), not an air strike.
   */
  static boolean workersStrike(Candidate c) {
    return c.pattern().noun() && c.pattern().lemma().equals("strike")
        && c.pattern().particle().isEmpty() && unarmedSector(c.source().code());
  }

  /**
   * Whether an actor is a sector that bears no arms (workers, students, civilians, parties, the
   * media ...) or an aid group: who strikes by stopping work and backs down from a protest.
   */
  static boolean unarmedSector(String code) {
    return code.length() >= 3 && (UNARMED.contains(code.substring(code.length() - 3))
        || unarmed(code));
  }

  /** Whether an act is coming to terms: an agreement reached or signed, or agreeing at all. */
  private static boolean agreement(Candidate c, CameoCode code) {
    return code.code().equals("057") || c.pattern().lemma().equals("agree");
  }

  /** An event's code and mode as the sentence states the act. */
  private record Reading(CameoCode code, Mode mode) {}

  /**
   * Reads the pattern's code and the detected mode as the guideline codes the act: refusals,
   * threats and pledges are acts of their own, fights of unarmed people with their police are
   * riots, and in sentence classification an announced act is its pledge or threat.
   */
  private Reading reading(Candidate c, Mode detected) {
    ParsedSentence s = c.sentence();
    CameoCode code = ontology.require(c.pattern().code());
    // "urged Russia to respect the ceasefire" asks for de-escalation (0256), not just anything
    code = askedFor(s, c.trigger(), code);
    if (code.code().equals("120")) {
      // "rejected calls for his resignation" refuses what the call asks for (1231)
      code = extractor.rejectedRequest(s, c.trigger())
          .flatMap(r -> ontology.code(r.code()).map(own -> askedFor(s, r.noun(), own)))
          .flatMap(ontology::refusalOfRequest).orElse(code);
    }
    // (an alliance's or the UN's troops are often coded as the organization itself)
    boolean troopsArrive = code.code().equals("042") && (c.source().code().endsWith("MIL")
        || c.source().code().startsWith("IGO"));
    if ((code.code().startsWith("15") || code.code().equals("192") || troopsArrive)
        && (extractor.peacekeeping(s, c.trigger())
        || code.code().startsWith("15") && c.source().code().startsWith("IGOUNO"))) {
      // troops sent to a peacekeeping mission are lent for protection (074), not massed (154),
      // as are the teams the UN deploys; peacekeepers arriving in a country pay it no visit (042)
      code = ontology.require("074");
    }
    if (code.code().equals("051") && BACKING.contains(c.pattern().lemma())
        && armedGroup(c.target().code())) {
      // backing rebels or militias is aid to their fight (070), not the praise of a policy;
      // praising them is praise
      code = ontology.require("070");
    }
    if (CameoCode.violent(code.code()) && extractor.economicBlow(s, c.trigger())) {
      // "hit the company with a tax bill", "hit Chile with tariffs": a sanction (163)
      code = ontology.require("163");
    }
    if (code.code().equals("173") && c.pattern().lemma().equals("charge")
        && !stateAgent(c.source().code())) {
      // only the state charges someone with a crime; a party "charging the government with
      // ineptitude" accuses it (112)
      code = ontology.require("112");
    }
    if (CameoCode.violent(code.code()) && extractor.verbalAttack(s, c.trigger())) {
      // "attacked the government over taxes" criticizes it (111); no blow has a reason clause
      code = ontology.require("111");
    }
    if (code.code().equals("1712") && c.target().code().endsWith("MIL")) {
      // destroying an air force or an army's posts is a military attack (190), not the damage
      // of property
      code = ontology.require("190");
    }
    if (code.code().equals("087") && unarmedSector(c.source().code())) {
      // workers or students ending their strike or protest ease dissent (082); only the armed
      // de-escalate a fight (087)
      code = ontology.require("082");
    }
    if (code.code().startsWith("19") && workersStrike(c)) {
      // workers on strike stop work (143); they strike no one
      code = ontology.require("143");
    }
    // what a speaker said is said: a demand, criticism or statement read off a report verb is
    // asserted unless the verb is negated ("did not say")
    Mode mode = c.pattern().lemma().equals("say") && detected != Mode.NEGATED
        ? Mode.ASSERTED : detected;
    // sides that "failed to reach agreement" rejected each other's terms (127), as "refused to
    // meet" is a refusal (GUIDELINE, modes); a failure to send aid is no refusal of it
    boolean failedToAgree = agreement(c, code) && modes.failed(s, c.trigger());
    Optional<CameoCode> refusal = mode == Mode.NEGATED
        && (modes.refusal(s, c.trigger()) || failedToAgree)
        ? ontology.refusalOf(failedToAgree ? ontology.require("057") : code) : Optional.empty();
    if (refusal.isPresent()) {
      // "will not allow refugees in" is a refusal that happened, not an act that did not
      return new Reading(refusal.get(), Mode.ASSERTED);
    }
    if (modes.pledged(s, c.trigger())) {
      // "threatened to boycott the talks" is a threat (13x), "pledged to send aid" a pledge (03x)
      return new Reading(ontology.intentOf(code), Mode.ASSERTED);
    }
    if (code.code().startsWith("19") && riot(c.source().code(), c.target().code())) {
      // unarmed people fighting the police or troops riot (145); armies and rebels fight (19x)
      return new Reading(ontology.require("145"), mode);
    }
    if (oneActorEnough && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL
        && !modes.perfect(s, c.trigger()) && !modes.attempted(s, c.trigger()))) {
      // a sentence's class is what its actor did: announcing an act is a pledge or a threat
      // (an act that "may have" happened, or was tried, is that act)
      return new Reading(ontology.intentOf(code), mode);
    }
    return new Reading(code, mode);
  }

  /**
   * Whether an actor acts for the state in law and order: a government, its courts, police,
   * forces or services, or a bare country.
   */
  static boolean stateAgent(String code) {
    return ActorRef.bareCountry(code) || code.length() == 6
        && ActorRef.STATE_ROLES.contains(code.substring(3));
  }

  /**
   * Whether, on a sport page, an actor is a team or an official of the game: a bare country
   * ("Ireland meet Wales", "criticised by Scotland coach") or a judge ("the touch judge").
   */
  static boolean teamOrReferee(String code) {
    return ActorRef.bareCountry(code) || code.length() == 6 && code.endsWith("JUD");
  }

  /**
   * A plain appeal or demand (020, 100) made specific by the act that the word asking it asks
   * for ("urged Russia to respect the ceasefire": 0256, "the demand for the release of": 1053);
   * any other code as it is.
   */
  private CameoCode askedFor(ParsedSentence s, int word, CameoCode request) {
    if (!request.code().equals("020") && !request.code().equals("100")) {
      return request;
    }
    String root = request.code().substring(0, 2);
    return extractor.requestedAct(s, word).flatMap(ontology::code)
        .flatMap(act -> ontology.requestOf(act, root)).orElse(request);
  }

  private static final java.util.Set<String> UNARMED = java.util.Set.of("CVL", "OPP", "LAB",
      "EDU", "BUS", "MED", "REF", "HLH", "PTY");
  private static final java.util.Set<String> FORCES = java.util.Set.of("COP", "GOV", "MIL");

  /** Whether a fight is a riot: a domestic sector of a country against its police or forces. */
  static boolean riot(String source, String target) {
    return source.length() == 6 && target.length() == 6
        && source.regionMatches(0, target, 0, 3)
        && UNARMED.contains(source.substring(3)) && FORCES.contains(target.substring(3));
  }

  /**
   * "refused to meet the envoy" is one refusal, of a meeting (125), read off the meeting
   * (GUIDELINE, modes): the verb of refusing gives no plain rejection (120) besides it when what
   * it governs is an act with a refusal of its own.
   */
  private List<Candidate> refusalsOfActs(ParsedSentence s, List<Candidate> cands) {
    Set<Integer> refusable = new java.util.HashSet<>();
    for (Candidate c : cands) {
      // (the act is read as refused only when it is negated by the refusing verb: "refused a
      // request to visit" may hang the visit on "refused" and yet ask for it)
      if (ontology.refusalOf(ontology.require(c.pattern().code())).isPresent()
          && modes.refusal(s, c.trigger()) && modes.mode(s, c.trigger()) == Mode.NEGATED) {
        refusable.add(c.trigger());
      }
    }
    if (refusable.isEmpty()) {
      return cands;
    }
    return cands.stream().filter(c -> c.pattern().noun()
        || !ModeDetector.REFUSING.contains(c.pattern().lemma())
        || s.children(c.trigger(), "xcomp").stream().noneMatch(refusable::contains)).toList();
  }

  /**
   * Whether a visit is a private trip: citizens, refugees or criminals travelling to a country
   * ("hundreds of Chilean citizens travelled to Peru") visit no one in CAMEO's sense, and goods
   * that arrive visit no one either.
   */
  static boolean privateTrip(Candidate c) {
    String code = c.pattern().code();
    // the visitor: the source of a visit (042), the target of hosting one (043)
    String visitor = code.equals("042") ? c.source().code()
        : code.equals("043") ? c.target().code() : "";
    if (code.equals("042") && !c.pattern().noun()
        && GOODS.contains(c.sentence().tokens().get(c.sourceHead()).lemma())) {
      // "Japan's aid shipment arrived in Haiti": goods travel, no one visits
      return true;
    }
    return visitor.length() == 6 && PRIVATE.contains(visitor.substring(3));
  }

  /** What is sent rather than who goes. */
  private static final Set<String> GOODS = Set.of("aid", "assistance", "shipment", "delivery",
      "donation", "loan", "funding", "contribution", "supply", "relief", "consignment", "cargo",
      "food", "medicine", "vaccine", "money", "weapon", "arm");

  private static final Set<String> PRIVATE = Set.of("CVL", "REF", "CRM",
      "UAF");

  /**
   * Whether a departure is no withdrawal: "troops left Syria" pulls forces back (0874), but a
   * minister or a citizen leaving a country only travels, and leaving a capital or an embassy
   * ("left Washington") is leaving a city or a building.
   */
  static boolean civilDeparture(Candidate c) {
    return c.pattern().lemma().equals("leave") && c.pattern().code().equals("0874")
        && (!c.source().code().endsWith("MIL") || !ActorRef.bareCountry(c.target().code()));
  }

  /** Verbs and nouns of support that, given to an armed group, are aid to it. */
  private static final Set<String> BACKING = Set.of("support", "back",
      "arm", "sponsor", "fund", "finance", "bankroll");

  /** Whether an actor is an armed group outside a state's forces: rebels, insurgents, militias. */
  static boolean armedGroup(String code) {
    return code.startsWith("IMG") || code.endsWith("REB") || code.endsWith("INS")
        || code.endsWith("SEP") || code.endsWith("UAF");
  }

  /** Whether an actor acts for a state or an organization of states: a government or an IGO. */
  static boolean official(String code) {
    return code.endsWith("GOV") || code.startsWith("IGO") || ActorRef.bareCountry(code);
  }

  /** A bare country as its government ("visited Ukraine": UKRGOV); any other actor as it is. */
  static ActorRef government(ActorRef a) {
    return ActorRef.bareCountry(a.code())
        ? new ActorRef(a.code() + "GOV", a.text(), a.begin(), a.end(), a.entry()) : a;
  }

  private static ActorRef ref(ParsedSentence s, ActorMatch m) {
    Token b = s.tokens().get(m.begin());
    Token e = s.tokens().get(Math.max(m.begin(), m.end() - 1));
    String text = s.text().substring(
        Math.max(0, b.begin() - s.begin()), Math.min(s.text().length(), e.end() - s.begin()));
    return new ActorRef(m.code(), text, b.begin(), e.end(), m.entry());
  }

  /** An event before linking: the candidate with its date and mode. */
  record Draft(Candidate candidate, Optional<EventDate> date, Mode mode) {
    /**
     * Hashes the sentence and trigger only, consistent with the record's equality: the linker keys
     * maps by drafts, and the record's own hash walked the candidate's pattern, actors and
     * sentence on every lookup (issue 6). Nothing iterates those maps, so the order is unchanged.
     */
    @Override
    public int hashCode() {
      return 31 * candidate.sentence().index() + candidate.trigger();
    }
  }

  /** Builds an {@link EventCoder}. */
  public static final class Builder {
    private NlpPipeline nlp;
    private ActorLexicon actors;
    private PatternLexicon patterns;
    private CameoOntology ontology;
    private boolean oneActorEnough;
    private StageTimer timer = StageTimer.NONE;

    private Builder() {}

    /**
     * Times each stage with {@code timer} (for {@code annals bench}); default {@link
     * StageTimer#NONE}, which costs nothing.
     */
    public Builder timer(StageTimer timer) {
      this.timer = Objects.requireNonNull(timer, "timer");
      return this;
    }

    /**
     * Codes a sentence's events even when only one actor is named (for sentence classification
     * such as the quad and plover tasks); off by default, since an event needs both actors.
     */
    public Builder oneActorEnough(boolean on) {
      this.oneActorEnough = on;
      return this;
    }

    /** Sets the NLP pipeline (required). */
    public Builder nlp(NlpPipeline nlp) {
      this.nlp = Objects.requireNonNull(nlp, "nlp");
      return this;
    }

    /** Sets the actor lexicon (default: bundled). */
    public Builder actors(ActorLexicon actors) {
      this.actors = Objects.requireNonNull(actors, "actors");
      return this;
    }

    /** Sets the pattern lexicon (default: bundled). */
    public Builder patterns(PatternLexicon patterns) {
      this.patterns = Objects.requireNonNull(patterns, "patterns");
      return this;
    }

    /** Sets the CAMEO table (default: bundled). */
    public Builder ontology(CameoOntology ontology) {
      this.ontology = Objects.requireNonNull(ontology, "ontology");
      return this;
    }

    /** Builds the coder, loading default lexicons where none were set. */
    public EventCoder build() {
      if (nlp == null) {
        throw new IllegalStateException("an NLP pipeline is required: builder().nlp(...)");
      }
      actors = actors == null ? ActorLexicon.load() : actors;
      patterns = patterns == null ? PatternLexicon.load() : patterns;
      ontology = ontology == null ? CameoOntology.load() : ontology;
      for (var p : patterns.all()) {
        ontology.require(p.code());
      }
      return new EventCoder(this);
    }
  }

  /** Keeps the explanation helpers out of the hot path's class. */
  static String explain(Candidate c) {
    return "pattern " + c.pattern().id() + " (" + c.pattern().lemma() + " -> " + c.pattern().code()
        + "); path: " + c.path() + "; source: " + c.source().entry() + "; target: "
        + c.target().entry();
  }
}
