package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.jspecify.annotations.Nullable;

/**
 * The view of a coded event that scoring needs, built from an {@link Event} or from a line of
 * Annals' JSON Lines output.
 *
 * @param doc the document (article or gold sentence) id
 * @param id the event id
 * @param source the source actor code
 * @param target the target actor code
 * @param code the CAMEO code, 2 to 4 digits
 * @param date {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, or null when unknown
 * @param mode the mode label ({@code asserted}, {@code future}, ...)
 * @param cause the id of the event this one responds to, or null
 * @param sentence the 0-based sentence index
 * @param triggerBegin the trigger's character offset, which orders the events of a sentence
 * @param sourceText the words that named the source
 * @param targetText the words that named the target
 */
public record SystemEvent(
    String doc,
    String id,
    String source,
    String target,
    String code,
    @Nullable String date,
    String mode,
    @Nullable String cause,
    int sentence,
    int triggerBegin,
    String sourceText,
    String targetText) {

  /** Validates the fields. */
  public SystemEvent {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(targetText, "targetText");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
    }
  }

  /** Returns the scoring view of a coded event. */
  public static SystemEvent of(Event e) {
    return new SystemEvent(
        e.doc(),
        e.id(),
        e.source().code(),
        e.target().code(),
        e.code().code(),
        e.date().map(EventDate::text).orElse(null),
        e.mode().label(),
        e.cause().orElse(null),
        e.sentence(),
        e.triggerBegin(),
        e.source().text(),
        e.target().text());
  }

  /**
   * Reads one object of Annals' JSON Lines output: {@code doc}, {@code id}, {@code source}, {@code
   * target} and {@code code} are required; {@code date}, {@code mode} (default {@code asserted}),
   * {@code cause}, {@code sentence}, {@code trigger_begin}, {@code source_text} and {@code
   * target_text} are optional.
   *
   * @throws IllegalArgumentException when a required field is missing or the code is not 2 to 4
   *     digits
   */
  public static SystemEvent fromJson(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object for an event");
    }
    return new SystemEvent(
        required(node, "doc"),
        required(node, "id"),
        required(node, "source"),
        required(node, "target"),
        required(node, "code"),
        optional(node, "date"),
        Objects.requireNonNullElse(optional(node, "mode"), "asserted"),
        optional(node, "cause"),
        node.path("sentence").asInt(0),
        node.path("trigger_begin").asInt(0),
        Objects.requireNonNullElse(optional(node, "source_text"), ""),
        Objects.requireNonNullElse(optional(node, "target_text"), ""));
  }

  /** Returns the root code, the first two digits. */
  public String root() {
    return code.substring(0, 2);
  }

  private static String required(JsonNode node, String field) {
    String v = optional(node, field);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("event is missing field '" + field + "': " + node);
    }
    return v;
  }

  private static @Nullable String optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
