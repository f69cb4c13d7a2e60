package org.annals.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.events.EventDate;
import org.jspecify.annotations.Nullable;

/** Parses and validates one gold line; errors name the file and the line number. */
final class GoldLineParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> MODES = Set.of("asserted", "future", "hypothetical", "negated");

  private final Path path;
  private int line;

  GoldLineParser(Path path) {
    this.path = path;
  }

  /** Returns a {@link GoldDocument} or a {@link GoldSentence}. */
  Object parse(String text, int lineNumber) {
    this.line = lineNumber;
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw error("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw error("expected a JSON object");
    }
    String task = requiredText(node, "task");
    return switch (task) {
      case Tasks.EVENTS -> document(node);
      case Tasks.QUAD -> quad(node);
      case Tasks.PLOVER -> plover(node);
      default -> throw error("unknown task '" + task + "' (known: events, quad, plover)");
    };
  }

  private GoldDocument document(JsonNode node) {
    JsonNode list = node.get("events");
    if (list == null || !list.isArray()) {
      throw error("missing array 'events'");
    }
    List<GoldEvent> events = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      events.add(event(list.get(i), i, list.size()));
    }
    return new GoldDocument(
        Tasks.EVENTS,
        requiredText(node, "id"),
        day(node),
        optionalText(node, "source", ""),
        optionalText(node, "title", ""),
        optionalText(node, "text", ""),
        events);
  }

  private GoldEvent event(JsonNode e, int index, int size) {
    String where = "events[" + index + "]";
    if (!e.isObject()) {
      throw error(where + " is not an object");
    }
    String code = requiredText(e, "code", where);
    if (!code.matches("\\d{2,4}")) {
      throw error(where + ": code must be 2 to 4 digits: " + code);
    }
    String mode = optionalText(e, "mode", "asserted");
    if (!MODES.contains(mode)) {
      throw error(where + ": unknown mode '" + mode + "'");
    }
    String date = nullableText(e, "date");
    if (date != null && EventDate.parse(date, "gold").isEmpty()) {
      throw error(where + ": date must be YYYY-MM-DD, YYYY-MM or YYYY: " + date);
    }
    return new GoldEvent(
        requiredText(e, "source", where),
        requiredText(e, "target", where),
        code,
        date,
        mode,
        optionalInt(e, "sentence", -1, where),
        optionalText(e, "trigger", ""),
        optionalText(e, "evidence", ""),
        cause(e, index, size, where));
  }

  private @Nullable Integer cause(JsonNode e, int index, int size, String where) {
    JsonNode c = e.get("cause");
    if (c == null || c.isNull()) {
      return null;
    }
    if (!c.canConvertToInt() || !c.isIntegralNumber()) {
      throw error(where + ": cause must be an event index");
    }
    int cause = c.intValue();
    if (cause < 0 || cause >= size || cause == index) {
      throw error(where + ": cause " + cause + " is not another event of this document");
    }
    return cause;
  }

  private GoldSentence quad(JsonNode node) {
    String label = Tasks.normalize(Tasks.QUAD, requiredText(node, "quad"));
    if (!Tasks.QUAD_CLASSES.contains(label)) {
      throw error("unknown quad class '" + label + "'");
    }
    return new GoldSentence(
        Tasks.QUAD,
        requiredText(node, "id"),
        day(node),
        requiredText(node, "text"),
        label,
        strings(node, "source_spans"),
        strings(node, "target_spans"));
  }

  private GoldSentence plover(JsonNode node) {
    String label = Tasks.normalize(Tasks.PLOVER, requiredText(node, "event"));
    if (!Tasks.PLOVER_CLASSES.contains(label)) {
      throw error("unknown PLOVER type '" + label + "'");
    }
    return new GoldSentence(
        Tasks.PLOVER,
        requiredText(node, "id"),
        day(node),
        requiredText(node, "text"),
        label,
        strings(node, "source"),
        strings(node, "target"));
  }

  private Optional<LocalDate> day(JsonNode node) {
    String date = nullableText(node, "date");
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date));
    } catch (DateTimeException e) {
      throw error("date must be YYYY-MM-DD or null: " + date);
    }
  }

  private List<String> strings(JsonNode node, String field) {
    JsonNode list = node.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw error("'" + field + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isTextual()) {
        throw error("'" + field + "' must be an array of strings");
      }
      out.add(item.textValue());
    }
    return out;
  }

  private String requiredText(JsonNode node, String field) {
    return requiredText(node, field, "");
  }

  private String requiredText(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.textValue().isBlank()) {
      String prefix = where.isEmpty() ? "" : where + ": ";
      throw error(prefix + "missing or empty string '" + field + "'");
    }
    return v.textValue();
  }

  private String optionalText(JsonNode node, String field, String fallback) {
    String v = nullableText(node, field);
    return v == null ? fallback : v;
  }

  private @Nullable String nullableText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw error("'" + field + "' must be a string or null");
    }
    return v.textValue();
  }

  private int optionalInt(JsonNode node, String field, int fallback, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(where + ": '" + field + "' must be an integer");
    }
    return v.intValue();
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(path + ":" + line + ": " + message);
  }
}
