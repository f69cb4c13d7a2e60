package org.annals;

import java.util.List;
import java.util.Map;
import org.annals.events.Event;
import org.annals.nlp.ParsedArticle;

/**
 * The result of coding one article.
 *
 * @param parsed the article with its analysed sentences
 * @param events the events, in sentence order then trigger order
 * @param explanations per event id, how it was found (dependency path, actor entries, pattern)
 */
public record CodedArticle(ParsedArticle parsed, List<Event> events,
    Map<String, String> explanations) {}
