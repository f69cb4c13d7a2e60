package org.annals.cli;

import picocli.CommandLine.Command;

/** The top command: lists the subcommands. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    version = "annals 0.1.0",
    description = "Codes news articles into dated CAMEO/PLOVER political events.",
    subcommands = {CodeCommand.class, EvalCommand.class, ParseCommand.class, BenchCommand.class,
        IngestCommand.class, ExportCommand.class, StoreBenchCommand.class, ServeCommand.class})
public final class AnnalsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
