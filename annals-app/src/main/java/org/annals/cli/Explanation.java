package org.annals.cli;

import org.annals.events.Event;

/** The human-readable block that {@code annals code --explain} prints per event. */
final class Explanation {
  private Explanation() {}

  static String of(Event e, String how) {
    StringBuilder b = new StringBuilder();
    b.append(e.id()).append("  ").append(e.source().code()).append(" -> ")
        .append(e.target().code()).append("  ").append(e.code().code()).append(' ')
        .append(e.code().name()).append("  [").append(e.mode().label()).append(", ")
        .append(e.date().map(d -> d.text() + " from " + d.source()).orElse("no date"))
        .append("]\n");
    b.append("  sentence ").append(e.sentence()).append(": ").append(e.evidence()).append('\n');
    b.append("  trigger: ").append(e.trigger()).append(" @").append(e.triggerBegin()).append('\n');
    b.append("  source: '").append(e.source().text()).append("' via ")
        .append(e.source().entry()).append('\n');
    b.append("  target: '").append(e.target().text()).append("' via ")
        .append(e.target().entry()).append('\n');
    b.append("  ").append(how == null ? "" : how).append('\n');
    e.cause().ifPresent(c -> b.append("  responds to: ").append(c).append('\n'));
    return b.append('\n').toString();
  }
}
