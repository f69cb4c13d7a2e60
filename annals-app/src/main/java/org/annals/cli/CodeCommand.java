package org.annals.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.BatchCoder;
import org.annals.CodedArticle;
import org.annals.events.Event;
import org.annals.format.EventWriter;
import org.annals.format.EventWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals code FILE...}: prints the events of articles. Exit code 0 when every input was
 * read, 1 when some records were skipped (reported on standard error), 2 for a usage error.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles (text files, JSON Lines, or - for standard input) into events.")
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Text files (one article each), .jsonl files of articles, .warc or .warc.gz"
          + " web archives, or - for stdin.")
  List<String> files;

  @Option(names = "--date", description = "Publication date of text articles (YYYY-MM-DD).")
  LocalDate date;

  @Option(names = {"-f", "--format"}, defaultValue = "jsonl",
      description = "Output format: jsonl, gdelt or plover (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--explain",
      description = "Show per event the sentence, dependency path, actor entries and pattern.")
  boolean explain;

  @Mixin CodingOptions coding = new CodingOptions();

  @Option(names = "--one-actor",
      description = "Code an act even when only one side is a known actor (sentence classification,"
          + " as eval does for quad and plover sentences).")
  boolean oneActor;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!EventWriters.names().contains(format)) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format
          + "': known formats are " + String.join(", ", EventWriters.names()));
    }
    PrintWriter err = spec.commandLine().getErr();
    Writer out = spec.commandLine().getOut();
    AtomicInteger skipped = new AtomicInteger();
    Progress progress = new Progress(err, !quiet && System.console() != null,
        Inputs.estimate(files));
    EventWriter writer = EventWriters.forName(format, out);
    try (Inputs in = new Inputs(files, date, System.in, b -> {
          err.println(b.message());
          if (b.skipped()) {
            skipped.incrementAndGet();
          }
        });
        BatchCoder batch =
            new BatchCoder(Coders.get(coding.profile, oneActor), coding.threads)) {
      batch.codeAll(in, coded -> {
        write(writer, out, coded);
        progress.tick(coded.events().size());
      }, (article, e) -> {
        err.println(article.id() + ": coding failed: " + e);
        skipped.incrementAndGet();
      });
    }
    writer.flush();
    out.flush();
    progress.finish();
    return skipped.get() > 0 ? 1 : 0;
  }

  private void write(EventWriter writer, Writer out, CodedArticle coded) {
    try {
      if (explain) {
        for (Event e : coded.events()) {
          out.write(Explanation.of(e, coded.explanations().get(e.id())));
        }
      } else {
        writer.writeArticle(coded.parsed().article(), coded.events());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
