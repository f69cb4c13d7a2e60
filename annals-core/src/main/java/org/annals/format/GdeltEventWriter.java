package org.annals.format;

import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Place;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header.
 *
 * <p>Annals fills what it knows and leaves the rest empty:
 *
 * <ul>
 *   <li>GLOBALEVENTID is a stable positive hash of the event id.
 *   <li>SQLDATE, MonthYear, Year and FractionDate come from the event date (the first day of the
 *       month or year at coarser precision); they are empty when the date is unknown.
 *   <li>Actor columns split the actor code (see {@link GdeltActor}); the name is the article's
 *       words in upper case.
 *   <li>A 2-digit CAMEO code is written as GDELT does, with a trailing 0 ({@code 16} becomes {@code
 *       160}, "not specified below").
 *   <li>NumMentions, NumSources and NumArticles are the event's {@link ReportCounts} from {@link
 *       WriterOptions#counts()} (a store's mention, publisher and article counts), else 1; AvgTone
 *       is empty.
 *   <li>ActionGeo comes from the event's place: type 1 for a country, 4 (world city) otherwise.
 *       <b>The country code is the ISO 3166-1 alpha-3 code Annals has, not GDELT's FIPS 10-4
 *       code.</b>
 *   <li>DATEADDED is the run's timestamp from {@link WriterOptions}; SOURCEURL is the article URL
 *       when known, else the document id.
 * </ul>
 */
final class GdeltEventWriter extends LineEventWriter {
  static final List<String> COLUMNS = columns();

  private final WriterOptions options;

  GdeltEventWriter(Writer out, WriterOptions options) {
    super(out);
    this.options = options;
  }

  @Override
  String line(Event e) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(Long.toString(globalEventId(e.id())));
    row.addAll(dates(e.date().map(EventDate::day).orElse(null)));
    row.addAll(GdeltActor.columns(e.source()));
    row.addAll(GdeltActor.columns(e.target()));
    row.add(e.sentence() == 0 ? "1" : "0");
    row.addAll(eventCodes(e.code().code()));
    row.add(Integer.toString(e.code().quad()));
    row.add(BigDecimal.valueOf(e.code().goldstein()).toPlainString());
    ReportCounts n = options.counts().apply(e.id()).orElse(ReportCounts.ONCE);
    row.addAll(List.of(Integer.toString(n.mentions()), Integer.toString(n.sources()),
        Integer.toString(n.articles()), ""));
    row.addAll(geo(null));
    row.addAll(geo(null));
    row.addAll(geo(e.place().orElse(null)));
    row.add(options.dateAdded());
    row.add(options.sourceUrl().apply(e.doc()).orElse(e.doc()));
    if (row.size() != COLUMNS.size()) {
      throw new IllegalStateException("GDELT row has " + row.size() + " columns");
    }
    return String.join("\t", row.stream().map(GdeltEventWriter::clean).toList());
  }

  /** Returns a positive 63-bit hash of the event id, the same in every run. */
  static long globalEventId(String id) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      long value = ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
      return value == 0 ? 1 : value;
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required of every JVM", ex);
    }
  }

  private static List<String> dates(@Nullable LocalDate day) {
    if (day == null) {
      return List.of("", "", "", "");
    }
    return List.of(
        String.format(
            Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()),
        String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()),
        String.format(Locale.ROOT, "%04d", day.getYear()),
        String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0));
  }

  private static List<String> eventCodes(String code) {
    String full = code.length() == 2 ? code + "0" : code;
    return List.of(full, full.substring(0, 3), code.substring(0, 2));
  }

  private static List<String> geo(@Nullable Place place) {
    if (place == null) {
      return Arrays.asList("", "", "", "", "", "", "", "");
    }
    return List.of(
        place.kind().equalsIgnoreCase("country") ? "1" : "4",
        place.name(),
        place.country(),
        "",
        "",
        String.format(Locale.ROOT, "%.4f", place.lat()),
        String.format(Locale.ROOT, "%.4f", place.lon()),
        "");
  }

  /** Keeps each value on one line and in one column. */
  private static String clean(String value) {
    return value.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static List<String> columns() {
    List<String> c =
        new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String field : GdeltActor.FIELDS) {
        c.add(actor + field);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String field :
          List.of(
              "Type",
              "FullName",
              "CountryCode",
              "ADM1Code",
              "ADM2Code",
              "Lat",
              "Long",
              "FeatureID")) {
        c.add(geo + field);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }
}
