package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.nlp.Dependency;
import org.annals.nlp.NlpPipeline;
import org.annals.nlp.NlpPipelines;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals parse TEXT}: prints tokens and dependencies, to see why a sentence codes as it does. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Print the tokens, tags and dependency edges of a text (for lexicon work).")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "The text to analyse.")
  String text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NlpPipeline nlp = NlpPipelines.coreNlp(/* accurate= */ true);
    List<ParsedSentence> sentences = nlp.parse(nlp.split(text), s -> true);
    for (ParsedSentence s : sentences) {
      out.println("# " + s.index() + ": " + s.text());
      for (Token t : s.tokens()) {
        out.println("  " + (t.index() + 1) + "\t" + t.word() + "\t" + t.tag() + "\t" + t.lemma());
      }
      for (Dependency d : s.dependencies()) {
        out.println("  " + d.relation() + "(" + word(s, d.governor()) + ", "
            + word(s, d.dependent()) + ")");
      }
    }
    out.flush();
    return 0;
  }

  private static String word(ParsedSentence s, int i) {
    return s.tokens().get(i).word() + "-" + (i + 1);
  }
}
