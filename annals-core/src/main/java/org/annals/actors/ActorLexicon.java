package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.events.Place;
import org.annals.nlp.SurfaceLemmas;
import org.annals.nlp.Token;

/**
 * All actor lexicons in one phrase index: finds {@link Mention}s in a sentence's tokens. Built once
 * ({@link #load()}), immutable and thread-safe.
 */
public final class ActorLexicon {
  /** Words before a name that are no part of it ("Mr", "Dr", "Gen."). */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir",
      "lord", "lady", "dame", "gen", "col", "lt", "maj", "capt", "adm", "sgt", "sen", "rep", "gov",
      "pres", "prof", "rev", "sheikh", "sheik", "imam", "ayatollah", "pope", "emir", "king",
      "queen", "prince", "princess", "marshal", "comrade", "madam", "monsieur", "herr", "senor",
      "senora", "secretary", "minister", "ambassador", "senator", "chancellor", "premier",
      "president", "chairman", "chairwoman", "spokesman", "spokeswoman", "envoy", "commander",
      "general", "colonel", "captain", "judge", "justice", "governor", "mayor", "leader", "chief",
      "director", "deputy", "vice", "congressman", "congresswoman", "representative", "speaker",
      "counsel", "attorney", "prosecutor", "officer", "admiral", "sergeant", "lieutenant",
      "major", "brigadier", "field", "crown", "sultan", "shah", "tsar", "czar", "archbishop",
      "bishop", "cardinal", "rabbi", "cleric", "dictator", "strongman", "rebel", "warlord");

  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("[A-Z]{4,6}");
  /** Single words never taken as names in text without case (lower- or upper-case articles). */
  private static final Set<String> CASELESS_STOP = Set.of("us", "may", "bush", "rice", "brown",
      "young", "price", "little", "major", "cook", "ford", "chad", "jordan", "turkey", "guinea",
      "china", "will", "mark", "long", "king", "rose", "hope", "march", "said", "bill", "moon",
      "sharif", "rao", "singh", "khan", "ali", "lee", "kim", "park", "sun", "wang", "liu", "zhang",
      "who", "is", "it");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they", "them",
      "it", "his", "its", "their", "we", "our", "i");

  /**
   * Names by their first word, apart for words that begin with a capital and the few others
   * ("al-Qaeda", "peshmerga"): most tokens are lower-case, and their lookup in the small map stays
   * in the cache next to CoreNLP's tables (issue 6).
   */
  private final Map<String, List<Entry>> byFirstCapital = new HashMap<>();
  private final Map<String, List<Entry>> byFirstOther = new HashMap<>();
  private final Map<String, List<Entry>> byFirstCaseless = new HashMap<>();
  private final Map<String, List<Entry>> agentsByFirst = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, String> capitals = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, String> casedWords = new HashMap<>();

  /** One phrase of a lexicon, as words. */
  private record Entry(List<String> words, Mention.Kind kind, String code, String entry,
      LocalDate from, LocalDate to) {
    boolean validOn(Optional<LocalDate> date) {
      if (date.isEmpty() || from == null) {
        return true;
      }
      LocalDate d = date.get();
      return !d.isBefore(from) && (to == null || !d.isAfter(to));
    }
  }

  private ActorLexicon() {}

  /** Loads the lexicons bundled with Annals. */
  public static ActorLexicon load() {
    ActorLexicon lex = new ActorLexicon();
    lex.loadCountries();
    lex.loadOrgs();
    lex.loadAgents();
    lex.loadPeople();
    lex.loadGazetteer();
    return lex;
  }

  private void loadCountries() {
    for (String[] r : Lexicon.rows("countries.tsv")) {
      String iso = r[0];
      List<String> names = Lexicon.list(Lexicon.cell(r, 1));
      if (!names.isEmpty()) {
        countryNames.put(iso, names.get(0));
      }
      for (String n : names) {
        add(n, Mention.Kind.COUNTRY, iso, "countries.tsv:" + iso + ":" + n, null, null);
      }
      for (String a : Lexicon.list(Lexicon.cell(r, 2))) {
        add(a, Mention.Kind.ADJECTIVE, iso, "countries.tsv:" + iso + ":" + a, null, null);
      }
      List<String> caps = Lexicon.list(Lexicon.cell(r, 3));
      if (!caps.isEmpty()) {
        capitals.put(iso, caps.get(0));
      }
      for (String c : caps) {
        add(c, Mention.Kind.CAPITAL, iso, "countries.tsv:" + iso + ":" + c, null, null);
      }
    }
  }

  private void loadOrgs() {
    for (String[] r : Lexicon.rows("orgs.tsv")) {
      for (String n : Lexicon.list(Lexicon.cell(r, 1))) {
        add(n, Mention.Kind.ORG, r[0], "orgs.tsv:" + r[0] + ":" + n, null, null);
        if (ACRONYM.matcher(n).matches()) {
          // British papers write acronyms spoken as words in title case: "Nato", "Isis", "Opec"
          String title = n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
          add(title, Mention.Kind.ORG, r[0], "orgs.tsv:" + r[0] + ":" + n, null, null);
        }
      }
      for (String n : Lexicon.list(Lexicon.cell(r, 2))) {
        Entry e = new Entry(words(n.toLowerCase(Locale.ROOT)), Mention.Kind.ORG_NOUN, r[0],
            "orgs.tsv:" + r[0] + ":" + n, null, null);
        agentsByFirst.computeIfAbsent(e.words.get(0), k -> new ArrayList<>()).add(e);
      }
    }
  }

  private void loadAgents() {
    for (String[] r : Lexicon.rows("agents.tsv")) {
      String phrase = r[0].toLowerCase(Locale.ROOT);
      // the tokenizer splits "secretary-general" into three words, or keeps it one: both match
      String split = phrase.replaceAll("(?<=\\p{L})-(?=\\p{L})", " - ");
      for (String form : split.equals(phrase) ? List.of(phrase) : List.of(phrase, split)) {
        Entry e = new Entry(words(form), Mention.Kind.AGENT, Lexicon.cell(r, 1),
            "agents.tsv:" + phrase, null, null);
        agentsByFirst.computeIfAbsent(e.words.get(0), k -> new ArrayList<>()).add(e);
      }
    }
  }

  private void loadPeople() {
    for (String[] r : Lexicon.rows("people.tsv")) {
      LocalDate from = parse(Lexicon.cell(r, 2));
      LocalDate to = parse(Lexicon.cell(r, 3));
      for (String n : Lexicon.list(r[0])) {
        add(n, Mention.Kind.PERSON, Lexicon.cell(r, 1), "people.tsv:" + r[0].split("\\|")[0]
            + ":" + Lexicon.cell(r, 4), from, to);
      }
    }
  }

  private void loadGazetteer() {
    for (String[] r : Lexicon.rows("gazetteer.tsv")) {
      try {
        Place p = new Place(r[0], r[1], r[2], Double.parseDouble(r[3]), Double.parseDouble(r[4]));
        places.putIfAbsent(r[0], p);
        if (!p.kind().equals("country") && !p.kind().equals("capital")) {
          add(r[0], Mention.Kind.PLACE, r[1], "gazetteer.tsv:" + r[0], null, null);
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("bad gazetteer row: " + String.join(" ", r), e);
      }
    }
  }

  private static LocalDate parse(String s) {
    return s.isBlank() ? null : LocalDate.parse(s);
  }

  private void add(String phrase, Mention.Kind kind, String code, String entry, LocalDate from,
      LocalDate to) {
    String p = phrase.startsWith("the ") ? phrase.substring(4) : phrase;
    List<String> w = words(p);
    if (w.isEmpty()) {
      return;
    }
    Entry e = new Entry(w, kind, code, entry, from, to);
    names(w.get(0), /* caseless= */ false).computeIfAbsent(w.get(0), k -> new ArrayList<>())
        .add(e);
    List<String> lower = w.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    boolean stop = lower.size() == 1 && (CASELESS_STOP.contains(lower.get(0))
        || (kind == Mention.Kind.PERSON && lower.get(0).length() < 5));
    if (!stop) {
      byFirstCaseless.computeIfAbsent(lower.get(0), k -> new ArrayList<>())
          .add(new Entry(lower, kind, code, entry, from, to));
      for (String word : w) {
        if (Character.isUpperCase(word.charAt(0)) && word.length() > 1
            && !CASELESS_STOP.contains(word.toLowerCase(Locale.ROOT))) {
          casedWords.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
        }
      }
    }
  }

  /** The map of names whose first word is {@code first}. */
  private Map<String, List<Entry>> names(String first, boolean caseless) {
    return caseless ? byFirstCaseless
        : !first.isEmpty() && Character.isUpperCase(first.charAt(0)) ? byFirstCapital
        : byFirstOther;
  }

  /** Splits a lexicon phrase the way the tokenizer splits text (possessive 's apart). */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
        out.add(w.substring(0, w.length() - 2));
        out.add(w.substring(w.length() - 2));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Finds the lexicon mentions in a sentence: longest match first, not overlapping; people only
   * when their role is valid on {@code date}; pronouns as {@link Mention.Kind#PRONOUN}.
   *
   * @param caseless match names without regard to case (for all-lower or all-upper articles)
   */
  public List<Mention> find(List<Token> tokens, Optional<LocalDate> date, boolean caseless) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention m = longestAt(tokens, i, date, caseless);
      if (m != null) {
        // a role row "-" (read as empty) takes its words out of any role ("general election":
        // no general)
        if ((m.kind() != Mention.Kind.AGENT || !m.code().isEmpty()) && !backer(tokens, m)) {
          out.add(m);
        }
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Participles that make a name before a hyphen the backer of what follows. */
  private static final Set<String> BACKING = Set.of("backed", "funded", "supported",
      "financed", "armed", "trained", "allied", "aligned", "inspired", "equipped");

  /**
   * Whether a name is the backer of the noun after it ("a US-backed militia", "Iranian-funded
   * groups"): no side of the noun's acts, which are the militia's own.
   */
  private static boolean backer(List<Token> tokens, Mention m) {
    int dash = m.end();
    return dash + 1 < tokens.size() && tokens.get(dash).word().equals("-")
        && BACKING.contains(tokens.get(dash + 1).word().toLowerCase(Locale.ROOT));
  }

  private Mention longestAt(List<Token> tokens, int i, Optional<LocalDate> date, boolean caseless) {
    Token t = tokens.get(i);
    Mention best = null;
    // lower-cased once a token, and only when a lookup needs it: caseless names, role nouns and
    // pronouns (issue 6)
    String lw = caseless ? t.word().toLowerCase(Locale.ROOT) : null;
    String key = caseless ? lw : t.word();
    // no iterator for the usual word that begins no name: until the JIT's last tier compiles
    // this, and in a pipeline busy with CoreNLP that is late, every iterator is allocated (issue 6)
    List<Entry> named = names(key, caseless).get(key);
    for (int k = 0; named != null && k < named.size(); k++) {
      Entry e = named.get(k);
      if (e.validOn(date) && matchesWords(tokens, i, e.words, caseless)
          && (best == null || e.words.size() > best.end() - best.begin())) {
        best = new Mention(i, i + e.words.size(), e.kind, e.code, e.entry);
      }
    }
    if (best != null && best.kind() == Mention.Kind.PERSON && best.end() - best.begin() == 1
        && inLongerName(tokens, i)) {
      // "Fidel Chavez Mena" is not Hugo Chavez: a bare surname inside another person's name
      best = null;
    }
    if (best == null) {
      best = hyphenedName(t, i, date, caseless);
    }
    Mention agent = agentAt(tokens, i, lw);
    if (agent != null && (best == null || agent.end() > best.end())) {
      best = agent;
    }
    if (best == null && t.tag().startsWith("PRP")) {
      lw = lw != null ? lw : t.word().toLowerCase(Locale.ROOT);
      best = PRONOUNS.contains(lw)
          ? new Mention(i, i + 1, Mention.Kind.PRONOUN, lw, "pronoun:" + t.word()) : null;
    }
    return best;
  }

  /**
   * The organization or country a word the tokenizer kept whole names before its hyphen ("UN-run",
   * "NATO-led"), when what follows is a participle other than one of backing ("UN-backed"); else
   * null.
   */
  private Mention hyphenedName(Token t, int i, Optional<LocalDate> date, boolean caseless) {
    String w = t.word();
    int dash = w.indexOf('-');
    if (dash <= 0 || dash == w.length() - 1 || w.indexOf('-', dash + 1) >= 0) {
      return null;
    }
    String rest = w.substring(dash + 1);
    if (!PARTICIPLE.matcher(rest).matches() || BACKING.contains(rest.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String head = caseless ? w.substring(0, dash).toLowerCase(Locale.ROOT) : w.substring(0, dash);
    List<Entry> named = names(head, caseless).get(head);
    for (int k = 0; named != null && k < named.size(); k++) {
      Entry e = named.get(k);
      if (e.words.size() == 1 && e.validOn(date)
          && (e.kind == Mention.Kind.ORG || e.kind == Mention.Kind.COUNTRY)) {
        return new Mention(i, i + 1, e.kind, e.code, e.entry);
      }
    }
    return null;
  }

  /** Participles after a hyphened name: "-led", "-backed", "-run", "-sponsored", "-held". */
  private static final java.util.regex.Pattern PARTICIPLE =
      java.util.regex.Pattern.compile("[a-z]+ed|run|held|built|made|won|drawn");

  /** Returns whether a word is a title before a name ("Mr", "Dr.", "Sheikh"), in any case. */
  public static boolean honorific(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return HONORIFICS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /**
   * Whether the word at {@code i} is part of a name the lexicon does not know: it comes before a
   * capitalized word that is no role ("Fidel Chavez Mena") or after one that is neither a title
   * ("President Chavez", "Mr Chavez") nor a role.
   */
  private boolean inLongerName(List<Token> tokens, int i) {
    if (i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("NNP")) {
      // "Fidel Chavez": a first name before another name; not "Trump Administration"
      String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      if (agentAt(tokens, i + 1, next) == null) {
        return true;
      }
    }
    if (i == 0 || !tokens.get(i - 1).tag().equals("NNP")) {
      return false;
    }
    String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
    return !HONORIFICS.contains(prev.endsWith(".") ? prev.substring(0, prev.length() - 1) : prev)
        && agentAt(tokens, i - 1, prev) == null;
  }

  /** The longest role or organization noun at {@code i}; {@code lw}: its word in lower case. */
  private Mention agentAt(List<Token> tokens, int i,
      @org.jspecify.annotations.Nullable String lw) {
    Token t = tokens.get(i);
    if (!(t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("VBG"))) {
      return null;
    }
    lw = lw != null ? lw : t.word().toLowerCase(Locale.ROOT);
    List<Entry> byLemma = agentsByFirst.getOrDefault(t.lemma(), List.of());
    List<Entry> byWord =
        lw.equals(t.lemma()) ? List.of() : agentsByFirst.getOrDefault(lw, List.of());
    if (byLemma.isEmpty() && byWord.isEmpty()) {
      return null;
    }
    Mention best = null;
    List<Entry> cands = byWord.isEmpty() ? byLemma : new ArrayList<>(byLemma);
    if (!byWord.isEmpty()) {
      cands.addAll(byWord);
    }
    for (Entry e : cands) {
      int len = best == null ? 0 : best.end() - best.begin();
      // at equal length a role noun wins over an organization's generic noun: "the union" is
      // labour unless the article named the European Union (resolved later, not here)
      boolean better = e.words.size() > len || (e.words.size() == len
          && best.kind() == Mention.Kind.ORG_NOUN && e.kind == Mention.Kind.AGENT);
      if (agentMatches(tokens, i, e.words) && better) {
        best = new Mention(i, i + e.words.size(), e.kind, e.code, e.entry);
      }
    }
    return best;
  }

  private static boolean matchesWords(List<Token> tokens, int i, List<String> words,
      boolean caseless) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      String w = tokens.get(i + k).word();
      if (!(caseless ? w.equalsIgnoreCase(words.get(k)) : w.equals(words.get(k)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean agentMatches(List<Token> tokens, int i, List<String> words) {
    return agentWordsAt(tokens, i, words, (t, p) -> p.equals(t.lemma()));
  }

  /**
   * Whether an agent's words stand at a position: each word as written, in the plural, or as a
   * lemma the token has ({@code lemma}).
   */
  private static boolean agentWordsAt(List<Token> tokens, int i, List<String> words,
      java.util.function.BiPredicate<Token, String> lemma) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token t = tokens.get(i + k);
      String p = words.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!(p.equals(w) || plural(w, p) || lemma.test(t, p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code w} is {@code p + "s"} or {@code p + "es"}, without building either (issue 6:
   * two strings a role word and token were the actor stage's largest allocation).
   */
  private static boolean plural(String w, String p) {
    int extra = w.length() - p.length();
    return (extra == 1 || extra == 2 && w.charAt(w.length() - 2) == 'e')
        && w.charAt(w.length() - 1) == 's' && w.startsWith(p);
  }

  /**
   * Counts the tokens where a mention may begin, whatever tags the tokens get: at least as many as
   * {@link #find} gives on the tagged sentence, together with the surnames {@code EventCoder}
   * adds. For choosing sentences before tagging (issue 6): names match as in {@link #find}; a role
   * noun matches on any lemma the word may have; a pronoun on its word; a surname on {@code
   * surnames}.
   *
   * @param surnames the last words of people named in full so far ({@link #addFullNameSurnames})
   */
  public int possibleMentions(List<Token> tokens, Optional<LocalDate> date, boolean caseless,
      Set<String> surnames) {
    int count = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      String lower = word.toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(lower) || surnames.contains(word) || nameAt(tokens, i, date, caseless)
          || mayBeAgentAt(tokens, i)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Adds to {@code surnames} the last word of every person's name of more than one word that
   * matches in the tokens, wherever it begins: all the surnames {@code EventCoder} may take from
   * the sentence, and maybe more.
   */
  public void addFullNameSurnames(List<Token> tokens, Optional<LocalDate> date, boolean caseless,
      Set<String> surnames) {
    for (int i = 0; i < tokens.size(); i++) {
      String key = caseless ? tokens.get(i).word().toLowerCase(Locale.ROOT) : tokens.get(i).word();
      List<Entry> named = names(key, caseless).get(key);
      for (int k = 0; named != null && k < named.size(); k++) {
        Entry e = named.get(k);
        if (e.kind == Mention.Kind.PERSON && e.words.size() > 1 && e.validOn(date)
            && matchesWords(tokens, i, e.words, caseless)) {
          surnames.add(tokens.get(i + e.words.size() - 1).word());
        }
      }
    }
  }

  private boolean nameAt(List<Token> tokens, int i, Optional<LocalDate> date, boolean caseless) {
    String key = caseless ? tokens.get(i).word().toLowerCase(Locale.ROOT) : tokens.get(i).word();
    List<Entry> named = names(key, caseless).get(key);
    for (int k = 0; named != null && k < named.size(); k++) {
      if (named.get(k).validOn(date) && matchesWords(tokens, i, named.get(k).words, caseless)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #agentAt} on every lemma the words may have, whatever their tags. */
  private boolean mayBeAgentAt(List<Token> tokens, int i) {
    for (String first : SurfaceLemmas.of(tokens.get(i).word())) {
      for (Entry e : agentsByFirst.getOrDefault(first, List.of())) {
        if (mayMatchAgent(tokens, i, e.words)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #agentMatches} before tagging: a lemma the word may have under any tag. */
  private static boolean mayMatchAgent(List<Token> tokens, int i, List<String> words) {
    return agentWordsAt(tokens, i, words, (t, p) -> SurfaceLemmas.of(t.word()).contains(p));
  }

  /** Returns the gazetteer place of that name, if any. */
  public Optional<Place> place(String name) {
    return Optional.ofNullable(places.get(name));
  }

  /** Returns the gazetteer entry of a country's capital or, failing that, the country itself. */
  public Optional<Place> placeOfCountry(String iso3) {
    String cap = capitals.get(iso3);
    Place p = cap == null ? null : places.get(cap);
    if (p != null && p.country().equals(iso3)) {
      return Optional.of(p);
    }
    String name = countryNames.get(iso3);
    return Optional.ofNullable(name == null ? null : places.get(name));
  }

  /** Returns the usual cased form of a lower-case word that is part of a known name. */
  public Optional<String> casedWord(String lowerWord) {
    return Optional.ofNullable(casedWords.get(lowerWord));
  }

  /**
   * Returns whether a lower-case word is by itself a name of the lexicon ("ecuador", "nato"),
   * not an ordinary word ("state", "turkey"), so that it is a sign of text written without case.
   */
  public boolean isLowerCaseName(String lowerWord) {
    if (!casedWords.containsKey(lowerWord)) {
      return false; // ("the alliance", "peshmerga": nouns the lexicon itself writes in lower case)
    }
    for (Entry e : byFirstCaseless.getOrDefault(lowerWord, List.of())) {
      if (e.words().size() == 1) {
        return true;
      }
    }
    return false;
  }

  /** Returns the English name of a country code, if known. */
  public Optional<String> countryName(String iso3) {
    return Optional.ofNullable(countryNames.get(iso3));
  }

  /** Returns all places of the gazetteer by name (read-only). */
  public Map<String, Place> places() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(places));
  }
}
