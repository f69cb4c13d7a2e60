package org.annals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.actors.ActorLexicon;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.ingest.Article;
import org.annals.nlp.FakeNlpPipeline;
import org.annals.nlp.NlpPipeline;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.annals.nlp.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SentencePrefilter} never rejects, from its untagged tokens, a sentence that the coder
 * selects for parsing once tagged: on the benchmarks' stories (tagged by CoreNLP, {@code
 * src/jmh/resources/org/annals/bench-sentences.jsonl}) and on sentences made for the surname, role
 * noun and pronoun rules.
 */
class SentencePrefilterTest {
  private static final Path BENCH = Path.of("src/jmh/resources/org/annals/bench-sentences.jsonl");
  private static final ActorLexicon ACTORS = ActorLexicon.load();
  private static final PatternLexicon PATTERNS = PatternLexicon.load();

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void prefilter_ourStories_acceptsEverySentenceTheCoderSelects(boolean oneActorEnough)
      throws IOException {
    Map<String, List<ParsedSentence>> stories = benchStories();
    stories.put("made", List.of(
        Sentences.sentence(0, 0, "Lloyd/NNP Austin/NNP arrived/VBD/arrive in/IN Kyiv/NNP ./."),
        Sentences.sentence(1, 31, "Austin/NNP met/VBD/meet Zelensky/NNP ./."),
        Sentences.sentence(2, 55,
            "Protesters/NNS/protester attacked/VBD/attack riot/NN police/NNS/police ./."),
        Sentences.sentence(3, 99, "He/PRP accused/VBD/accuse Russia/NNP ./."),
        Sentences.sentence(4, 122, "The/DT weather/NN was/VBD/be fine/JJ ./."),
        Sentences.sentence(5, 145,
            "Chile/NNP described/VBD/describe the/DT Peruvian/JJ move/NN/move as/IN"
                + " provocative/JJ ./."),
        Sentences.sentence(6, 196,
            "Peru/NNP launched/VBD/launch cyber-attacks/NNS/cyber-attack on/IN Chile/NNP ./.")));
    int seen = 0;
    int accepted = 0;
    int selected = 0;
    for (var story : stories.entrySet()) {
      List<ParsedSentence> sentences = story.getValue();
      Recording nlp = new Recording(FakeNlpPipeline.of(sentences.toArray(ParsedSentence[]::new)));
      EventCoder coder = EventCoder.builder().nlp(nlp).actors(ACTORS).patterns(PATTERNS)
          .oneActorEnough(oneActorEnough).build();
      String text = String.join(" ", sentences.stream().map(ParsedSentence::text).toList());
      coder.code(new Article(story.getKey(), Optional.of(LocalDate.of(2023, 3, 10)), "", "", text,
          Map.of()));
      assertTrue(nlp.accepted.containsAll(nlp.selected),
          () -> story.getKey() + ": selected " + nlp.selected + ", accepted " + nlp.accepted);
      seen += nlp.seen;
      accepted += nlp.accepted.size();
      selected += nlp.selected.size();
    }
    assertTrue(seen > 80 && selected > 20, "sentences seen " + seen + ", selected " + selected);
    assertTrue(accepted < seen, "the prefilter kept all " + seen + " sentences");
  }

  /** The benchmarks' stories, each a list of sentences with offsets as in the joined text. */
  private static Map<String, List<ParsedSentence>> benchStories() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<ParsedSentence>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(BENCH)) {
      JsonNode n = json.readTree(line);
      List<ParsedSentence> list = out.computeIfAbsent(n.get("story").asText(),
          k -> new ArrayList<>());
      ParsedSentence last = list.isEmpty() ? null : list.get(list.size() - 1);
      int begin = last == null ? 0 : last.begin() + last.text().length() + 1;
      list.add(Sentences.sentence(list.size(), begin, n.get("tokens").asText()));
    }
    return out;
  }

  /**
   * Hands the coder's prefilter each sentence untagged, as the fast profile's pipeline does, and
   * records what it accepted and which sentences the coder selected.
   */
  private static final class Recording implements NlpPipeline {
    private final FakeNlpPipeline tagged;
    final List<String> accepted = new ArrayList<>();
    final List<String> selected = new ArrayList<>();
    int seen;

    Recording(FakeNlpPipeline tagged) {
      this.tagged = tagged;
    }

    @Override
    public List<ParsedSentence> split(String text) {
      throw new AssertionError("the coder should offer its prefilter");
    }

    @Override
    public List<ParsedSentence> split(String text, Predicate<List<Token>> tag) {
      List<ParsedSentence> out = tagged.split(text);
      for (ParsedSentence s : out) {
        seen++;
        if (tag.test(untagged(s.tokens()))) {
          accepted.add(s.text());
        }
      }
      return out;
    }

    @Override
    public List<ParsedSentence> parse(List<ParsedSentence> in, Predicate<ParsedSentence> select) {
      return tagged.parse(in, s -> {
        boolean yes = select.test(s);
        if (yes) {
          selected.add(s.text());
        }
        return yes;
      });
    }

    private static List<Token> untagged(List<Token> tokens) {
      return tokens.stream().map(t -> new Token(t.index(), t.word(),
          t.word().toLowerCase(java.util.Locale.ROOT), "", "O", t.begin(), t.end())).toList();
    }
  }
}
