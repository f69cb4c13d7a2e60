package org.annals;

/**
 * Receives how long each stage of {@link EventCoder} took (for {@code annals bench}). The coder
 * calls it from its worker threads, so implementations are thread-safe. {@link #NONE}, the
 * default, reads no clock, so coding without a timer pays nothing.
 *
 * <p>The coder brackets each stage: {@code long t = timer.start(); ...; t = timer.stop(stage, t);}
 * — {@code stop} returns the time it read so that back-to-back stages share one clock read.
 */
public interface StageTimer {
  /** The stages of coding one article, in the order they run. */
  enum Stage {
    /** Text cleaning and re-casing. */
    CLEANING("cleaning"),
    /**
     * Choosing sentences, our code run between CoreNLP's steps: which sentences to tag (fast
     * profile, from the untagged words) and which to parse (two actors and a trigger). Timed apart
     * so that neither CoreNLP's figures nor ours hide it (issue 6).
     */
    SELECTION("selection"),
    /** CoreNLP tokenize, ssplit, pos and lemma over the whole text. */
    SPLIT("CoreNLP split"),
    /** CoreNLP ner (accurate profile) and depparse over the selected sentences. */
    PARSE("CoreNLP parse"),
    /** Actor mentions in every sentence. */
    ACTORS("actors"),
    /** Pattern matching (event extraction). */
    CODING("coding"),
    /** Event dates and modes. */
    DATES_MODES("dates and modes"),
    /** One event per happening, ids and causes. */
    LINKING("linking");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    /** Returns the stage's name for reports. */
    public String label() {
      return label;
    }

    /** Returns whether the stage runs after CoreNLP (our own code on analysed sentences). */
    public boolean afterCoreNlp() {
      return ordinal() >= ACTORS.ordinal();
    }

    /** Returns whether the stage is our own code: all but CoreNLP's split and parse. */
    public boolean ownCode() {
      return this != SPLIT && this != PARSE;
    }
  }

  /** The timer that does nothing: the default of {@link EventCoder.Builder#timer}. */
  StageTimer NONE = new StageTimer() {
    @Override
    public long start() {
      return 0;
    }

    @Override
    public long stop(Stage stage, long start) {
      return 0;
    }

    @Override
    public void sentences(int split, int selected) {}
  };

  /** Returns a start time in nanoseconds of the timer's clock, to hand to {@link #stop}. */
  long start();

  /** Adds the time since {@code start} to {@code stage} and returns the time it read. */
  long stop(Stage stage, long start);

  /** Counts the sentences of one article and how many of them were selected for parsing. */
  void sentences(int split, int selected);
}
