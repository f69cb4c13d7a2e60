package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Renders eval figures as the Markdown of docs/accuracy.md. */
final class AccuracyReport {
  private AccuracyReport() {}

  static String markdown(Iterable<JsonNode> reports, String command) {
    StringBuilder b = new StringBuilder("# Accuracy on the development sets\n\n");
    b.append("Written by `").append(command).append("` (`--report docs/accuracy.md`).\n\n");
    b.append("| set | task | n | P | R | F1 | code agr. | date agr. | mode agr. | cause recall"
        + " | accuracy | macro-F1 |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (JsonNode r : reports) {
      b.append("| ").append(r.path("file").asText()).append(" | ").append(r.path("task").asText())
          .append(" | ").append(r.path("n").asInt());
      for (String k : new String[] {"precision", "recall", "f1", "code_agreement",
          "date_agreement", "mode_agreement", "cause_recall", "accuracy", "macro_f1"}) {
        b.append(" | ").append(num(r.get(k)));
      }
      b.append(" |\n");
    }
    for (JsonNode r : reports) {
      JsonNode roots = r.get("per_root");
      if (roots == null || !roots.isObject()) {
        continue;
      }
      b.append("\n## ").append(r.path("file").asText()).append(": per root\n\n")
          .append("| root | tp | fp | fn | P | R | F1 |\n|---|---|---|---|---|---|---|\n");
      Iterator<Map.Entry<String, JsonNode>> it = roots.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        b.append("| ").append(e.getKey()).append(" | ").append(v.path("tp").asInt()).append(" | ")
            .append(v.path("fp").asInt()).append(" | ").append(v.path("fn").asInt()).append(" | ")
            .append(num(v.get("precision"))).append(" | ").append(num(v.get("recall")))
            .append(" | ").append(num(v.get("f1"))).append(" |\n");
      }
    }
    return b.toString();
  }

  private static String num(JsonNode n) {
    return n == null || n.isNull() || !n.isNumber() ? "" : String.format(Locale.ROOT, "%.3f",
        n.asDouble());
  }
}
