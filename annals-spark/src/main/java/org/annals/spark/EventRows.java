package org.annals.spark;

import java.util.Locale;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Place;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Parquet schema of events (the fields of Annals' JSON Lines) and the rows of events. */
final class EventRows {
  /** The columns, named as in Annals' JSON Lines output. */
  static final StructType SCHEMA = new StructType(new StructField[] {
    field("doc", DataTypes.StringType, false),
    field("id", DataTypes.StringType, false),
    field("source", DataTypes.StringType, false),
    field("target", DataTypes.StringType, false),
    field("source_text", DataTypes.StringType, false),
    field("target_text", DataTypes.StringType, false),
    field("code", DataTypes.StringType, false),
    field("root", DataTypes.StringType, false),
    field("quad", DataTypes.IntegerType, false),
    field("quad_class", DataTypes.StringType, false),
    field("goldstein", DataTypes.DoubleType, false),
    field("plover", DataTypes.StringType, false),
    field("date", DataTypes.StringType, true),
    field("date_precision", DataTypes.StringType, true),
    field("date_source", DataTypes.StringType, true),
    field("mode", DataTypes.StringType, false),
    field("sentence", DataTypes.IntegerType, false),
    field("trigger", DataTypes.StringType, false),
    field("trigger_begin", DataTypes.IntegerType, false),
    field("trigger_end", DataTypes.IntegerType, false),
    field("evidence", DataTypes.StringType, false),
    field("pattern", DataTypes.StringType, false),
    field("cause", DataTypes.StringType, true),
    field("place", DataTypes.StringType, true),
    field("place_country", DataTypes.StringType, true),
    field("place_lat", DataTypes.DoubleType, true),
    field("place_lon", DataTypes.DoubleType, true),
    field("count", DataTypes.IntegerType, true),
    field("attribution", DataTypes.StringType, true)});

  private EventRows() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** Returns the row of an event, in the order of {@link #SCHEMA}. */
  static Row row(Event e) {
    EventDate d = e.date().orElse(null);
    Place p = e.place().orElse(null);
    return RowFactory.create(e.doc(), e.id(), e.source().code(), e.target().code(),
        e.source().text(), e.target().text(), e.code().code(), e.code().root(), e.code().quad(),
        e.code().quadName(), e.code().goldstein(), e.code().plover(),
        d == null ? null : d.text(),
        d == null ? null : d.precision().name().toLowerCase(Locale.ROOT),
        d == null ? null : d.source(), e.mode().label(), e.sentence(), e.trigger(),
        e.triggerBegin(), e.triggerEnd(), e.evidence(), e.pattern(), e.cause().orElse(null),
        p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.lat(),
        p == null ? null : p.lon(), e.count().orElse(null), e.attribution().orElse(null));
  }
}
