package org.annals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.ingest.TextCleaner;
import org.annals.nlp.Dependency;
import org.annals.nlp.NlpPipeline;
import org.annals.nlp.NlpPipelines;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.annals.nlp.Token;

/**
 * The benchmarks' pre-annotated sentences: the stories of {@code bench-stories.txt} (written for
 * Annals) as the real CoreNLP pipeline analysed them, stored in {@code bench-sentences.jsonl} in
 * the compact form of {@link Sentences} (tokens {@code word/TAG/lemma/NER}, edges {@code
 * rel(gov-i, dep-j)}), so that the benchmarks load no model.
 *
 * <p>Regenerate after a change of CoreNLP or of the stories (loads the models, about a minute),
 * then set {@link CodingStagesBenchmark#SENTENCES} to the new count:
 *
 * <pre>
 * mvn -B -q -Pjmh -pl annals-core test-compile exec:exec -Djmh.main=org.annals.BenchSentences \
 *     -Djmh.args=src/jmh/resources/org/annals
 * </pre>
 */
final class BenchSentences {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String STORIES = "bench-stories.txt";
  static final String SENTENCES = "bench-sentences.jsonl";

  private BenchSentences() {}

  /** One story: its date, cleaned text and fully parsed sentences. */
  record Story(String id, LocalDate date, String text, List<ParsedSentence> sentences) {}

  /** Loads the pre-annotated stories. */
  static List<Story> load() {
    Map<String, List<ParsedSentence>> byStory = new LinkedHashMap<>();
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    try (BufferedReader r = reader(SENTENCES)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = JSON.readTree(line);
        String id = n.get("story").asText();
        dates.put(id, LocalDate.parse(n.get("date").asText()));
        List<ParsedSentence> list = byStory.computeIfAbsent(id, k -> new ArrayList<>());
        int begin = list.isEmpty() ? 0 : last(list).begin() + last(list).text().length() + 1;
        List<String> edges = new ArrayList<>();
        n.get("edges").forEach(e -> edges.add(e.asText()));
        list.add(Sentences.sentence(list.size(), begin, n.get("tokens").asText(),
            edges.toArray(String[]::new)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Story> out = new ArrayList<>();
    byStory.forEach((id, ss) -> out.add(new Story(id, dates.get(id),
        String.join(" ", ss.stream().map(ParsedSentence::text).toList()), ss)));
    return out;
  }

  private static ParsedSentence last(List<ParsedSentence> list) {
    return list.get(list.size() - 1);
  }

  private static BufferedReader reader(String name) {
    InputStream in = BenchSentences.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the classpath (build with -Pjmh)");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Writes {@code bench-sentences.jsonl} into the directory {@code args[0]}, with CoreNLP. */
  public static void main(String[] args) throws IOException {
    NlpPipeline nlp = NlpPipelines.coreNlp(/* accurate= */ true);
    TextCleaner cleaner = new TextCleaner();
    try (BufferedReader r = reader(STORIES);
        Writer w = Files.newBufferedWriter(Path.of(args[0]).resolve(SENTENCES))) {
      String line;
      String head = null;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("@ ")) {
          head = line.substring(2);
        } else if (head != null && !line.isBlank()) {
          String[] idDate = head.split(" ");
          String text = cleaner.clean(line);
          for (ParsedSentence s : nlp.parse(nlp.split(text), x -> true)) {
            w.write(json(idDate[0], idDate[1], s) + "\n");
          }
          head = null;
        }
      }
    }
  }

  private static String json(String story, String date, ParsedSentence s) throws IOException {
    ObjectNode n = JSON.createObjectNode().put("story", story).put("date", date);
    StringBuilder toks = new StringBuilder();
    for (Token t : s.tokens()) {
      toks.append(toks.isEmpty() ? "" : " ").append(safe(t.word())).append('/').append(t.tag())
          .append('/').append(safe(t.lemma())).append('/').append(t.ner());
    }
    n.put("tokens", toks.toString());
    var edges = n.putArray("edges");
    edges.add("root(ROOT-0, " + word(s, s.root()) + ")");
    for (Dependency d : s.dependencies()) {
      edges.add(d.relation() + "(" + word(s, d.governor()) + ", " + word(s, d.dependent()) + ")");
    }
    // check that the line reads back as it was written
    Sentences.sentence(0, 0, n.get("tokens").asText(),
        JSON.convertValue(edges, String[].class));
    return JSON.writeValueAsString(n);
  }

  private static String word(ParsedSentence s, int i) {
    return safe(s.tokens().get(i).word()) + "-" + (i + 1);
  }

  /** The compact form splits on '/' and spaces. */
  private static String safe(String w) {
    return w.replace('/', '-').replaceAll("\\s", "_");
  }
}
