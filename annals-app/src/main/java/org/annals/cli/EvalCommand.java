package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.BatchCoder;
import org.annals.CodedArticle;
import org.annals.coding.ontology.CameoOntology;
import org.annals.eval.ClassScore;
import org.annals.eval.EvalReport;
import org.annals.eval.EventScore;
import org.annals.eval.Evaluation;
import org.annals.eval.GoldDocument;
import org.annals.eval.GoldEvent;
import org.annals.eval.GoldFile;
import org.annals.eval.GoldSentence;
import org.annals.eval.SystemEvent;
import org.annals.eval.Tasks;
import org.annals.events.CameoCode;
import org.annals.events.Event;
import org.annals.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval GOLD.jsonl...}: codes the gold texts (or reads another system's output with
 * {@code --system}) and prints the figures of FORMAT.md for each task in the file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the coder (or --system output) against gold files.")
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CameoOntology ONTOLOGY = CameoOntology.load();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold JSON Lines files.")
  List<Path> golds;

  @Option(names = "--json", description = "Print the figures as one JSON object per file.")
  boolean json;

  @Option(names = "--system", paramLabel = "FILE",
      description = "Score this JSONL of events (Annals' format) instead of running the coder.")
  Path system;

  @Option(names = "--errors", description = "List missed and false events per document.")
  boolean errors;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the figures as a Markdown table to FILE (docs/accuracy.md).")
  Path report;

  @Mixin CodingOptions coding = new CodingOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode all = JSON.createArrayNode();
    for (Path gold : golds) {
      GoldFile file = GoldFile.read(gold);
      String name = gold.getFileName().toString();
      for (String task : file.tasks()) {
        if (task.equals(Tasks.EVENTS)) {
          EventScore s = Evaluation.scoreEvents(file.documents(), systemEvents(file));
          emit(out, all, EvalReport.json(name, s), EvalReport.text(name, s),
              errors ? EvalReport.errors(s, this::whyMissed) : "");
        } else {
          ClassScore s = scoreSentences(task, file.sentences(task));
          emit(out, all, EvalReport.json(name, s), EvalReport.text(name, s),
              errors ? EvalReport.errors(s) : "");
        }
      }
    }
    if (report != null) {
      Files.writeString(report, AccuracyReport.markdown(all, String.join(" ", command())));
    }
    if (json) {
      out.println(all.size() == 1 ? JSON.writeValueAsString(all.get(0))
          : JSON.writeValueAsString(all));
    }
    out.flush();
    return 0;
  }

  /** The coded gold articles, kept for --errors. */
  private final Map<String, CodedArticle> coded = new java.util.concurrent.ConcurrentHashMap<>();

  private List<String> command() {
    List<String> c = new ArrayList<>(List.of("bin/annals", "eval", "--profile",
        coding.profile.name().toLowerCase(java.util.Locale.ROOT)));
    golds.forEach(g -> c.add(g.toString()));
    return c;
  }

  private void emit(PrintWriter out, ArrayNode all, JsonNode jsonReport, String text,
      String errs) {
    all.add(jsonReport);
    if (!json) {
      out.println(text);
      if (!errs.isEmpty()) {
        out.println(errs);
      }
    }
  }

  private Map<String, List<SystemEvent>> systemEvents(GoldFile file) throws IOException {
    if (system != null) {
      return readSystem(system);
    }
    List<Article> articles = new ArrayList<>();
    for (GoldDocument d : file.documents()) {
      articles.add(new Article(d.id(), d.date(), d.source(), d.title(), d.text(), Map.of()));
    }
    return code(articles, /* oneActorEnough= */ false);
  }

  private ClassScore scoreSentences(String task, List<GoldSentence> gold) throws IOException {
    Map<String, List<SystemEvent>> byId;
    if (system != null) {
      byId = readSystem(system);
    } else {
      List<Article> articles = new ArrayList<>();
      for (GoldSentence g : gold) {
        articles.add(new Article(g.id(), g.date(), "", "", g.text(), Map.of()));
      }
      byId = code(articles, /* oneActorEnough= */ true);
    }
    Map<String, SystemEvent> first = Evaluation.firstEvents(byId);
    Map<String, String> labels = task.equals(Tasks.QUAD)
        ? Evaluation.labels(first, Evaluation::quadLabel)
        : Evaluation.labels(first, e -> plover(e.code()));
    return Evaluation.scoreClasses(task, gold, labels, first);
  }

  private static String plover(String code) {
    return ONTOLOGY.code(code).or(() -> ONTOLOGY.code(code.substring(0, 2)))
        .map(CameoCode::plover).orElse("-");
  }

  /** Why the coder missed a gold event, when the coder ran (not with --system). */
  private String whyMissed(String doc, GoldEvent g) {
    CodedArticle c = coded.get(doc);
    return c == null ? "" : Coders.get(coding.profile, false).whyMissed(c, g.evidence());
  }

  private Map<String, List<SystemEvent>> code(List<Article> articles, boolean oneActorEnough) {
    Map<String, List<SystemEvent>> out = new LinkedHashMap<>();
    PrintWriter err = spec.commandLine().getErr();
    try (BatchCoder batch =
        new BatchCoder(Coders.get(coding.profile, oneActorEnough), coding.threads)) {
      batch.codeAll(articles.iterator(), (CodedArticle c) -> {
        List<SystemEvent> events = new ArrayList<>();
        for (Event e : c.events()) {
          events.add(SystemEvent.of(e));
        }
        out.put(c.parsed().article().id(), events);
        if (errors && !oneActorEnough) {
          coded.put(c.parsed().article().id(), c);
        }
      }, (a, e) -> err.println(a.id() + ": coding failed: " + e));
    }
    return out;
  }

  private static Map<String, List<SystemEvent>> readSystem(Path path) throws IOException {
    Map<String, List<SystemEvent>> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          SystemEvent e = SystemEvent.fromJson(JSON.readTree(line));
          out.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(path + ":" + n + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
