package org.annals.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts a news article from an HTML page: the headline, the publication date from the page's
 * metadata, and the paragraphs of the story with the page furniture dropped (navigation, header,
 * footer, asides, scripts, styles, figures and their captions, forms). Stateless.
 */
final class HtmlArticles {
  /** Page furniture, removed before the text is taken. */
  private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript,"
      + " template, figure, figcaption, form, iframe, svg, button, [role=navigation],"
      + " [role=banner], [role=contentinfo], [aria-hidden=true]";
  /** Where pages put their publication date, most specific first. */
  private static final String[] DATE_META = {
    "meta[property=article:published_time]", "meta[name=article:published_time]",
    "meta[property=og:article:published_time]", "meta[property=og:published_time]",
    "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
    "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=dc.date]",
    "meta[name=parsely-pub-date]", "meta[name=sailthru.date]"};

  private HtmlArticles() {}

  /** The parts of a page that make an article. */
  record Extracted(String title, Optional<LocalDate> date, String text) {}

  /** Extracts the article of a parsed page; the text is empty when the page has none. */
  static Extracted extract(Document doc) {
    String title = title(doc);
    Optional<LocalDate> date = date(doc);
    doc.select(BOILERPLATE).remove();
    return new Extracted(title, date, text(doc));
  }

  private static String title(Document doc) {
    String og = doc.select("meta[property=og:title]").attr("content").strip();
    if (!og.isEmpty()) {
      return og;
    }
    if (!doc.title().isBlank()) {
      return doc.title().strip();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? "" : h1.text();
  }

  private static Optional<LocalDate> date(Document doc) {
    for (String q : DATE_META) {
      Optional<LocalDate> d = ArticleSources.parseDate(doc.select(q).attr("content"));
      if (d.isPresent()) {
        return d;
      }
    }
    Element scope = doc.selectFirst("article");
    for (Element t : (scope == null ? doc : scope).select("time[datetime]")) {
      Optional<LocalDate> d = ArticleSources.parseDate(t.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The paragraphs of the story: of the article (or main) element when the page has one. */
  private static String text(Document doc) {
    Element root = storyRoot(doc);
    Elements paragraphs = root.select("p");
    if (paragraphs.isEmpty()) {
      return root.text();
    }
    StringBuilder b = new StringBuilder();
    for (Element p : paragraphs) {
      String t = p.text();
      if (!t.isBlank()) {
        b.append(b.isEmpty() ? "" : "\n\n").append(t);
      }
    }
    return b.toString();
  }

  /** The {@code <article>} with the most paragraph text, else {@code <main>}, else the body. */
  private static Element storyRoot(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element a : doc.select("article")) {
      int length = a.select("p").text().length();
      if (best == null || length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    if (best != null && bestLength > 0) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    return main != null ? main : doc.body();
  }
}
