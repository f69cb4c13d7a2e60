package org.annals.format;

/**
 * How often a stored happening was reported, as GDELT's event table counts it.
 *
 * @param mentions the mentions of the event in all articles (NumMentions)
 * @param sources the distinct publishers of those articles (NumSources)
 * @param articles the articles that mention it (NumArticles)
 */
public record ReportCounts(int mentions, int sources, int articles) {
  /** The counts of an event read once, in one article: what a single coding run knows. */
  public static final ReportCounts ONCE = new ReportCounts(1, 1, 1);

  /** Validates the counts. */
  public ReportCounts {
    if (mentions < 1 || sources < 0 || articles < 1) {
      throw new IllegalArgumentException("counts must be positive: " + mentions + ", " + sources
          + ", " + articles);
    }
  }
}
