package org.annals.spark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Codes article collections on Spark: {@code [--format parquet|gdelt] [--profile accurate|fast]
 * INPUT... OUTPUT}. JSON Lines inputs are read line by line (splittable), WARC inputs ({@code
 * .warc}, {@code .warc.gz}) file by file; each partition is coded by its executor's one {@link
 * org.annals.EventCoder}; the events are written to OUTPUT as Parquet (the columns of Annals' JSON
 * Lines) or as GDELT 2.0 event table text.
 *
 * <pre>
 * spark-submit --class org.annals.spark.SparkCodingJob --executor-memory 4g \
 *     annals-spark-0.1.0-SNAPSHOT-shaded.jar s3://bucket/news/*.jsonl s3://bucket/events
 * </pre>
 */
public final class SparkCodingJob {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private SparkCodingJob() {}

  /** Runs the job in the session that {@code spark-submit} configures. */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("annals").getOrCreate();
    try {
      Result r = run(spark, options);
      System.err.println("annals: " + r.articles() + " articles, " + r.events() + " events, "
          + r.skipped() + " records skipped; written to " + options.output());
    } finally {
      spark.stop();
    }
  }

  /** What a run did (counted on the executors; a retried task may count twice). */
  public record Result(long articles, long events, long skipped) {}

  /**
   * Runs the job in an existing session (tests use {@code local[2]}).
   *
   * @param args as for {@link #main}
   */
  public static Result run(SparkSession spark, String... args) {
    return run(spark, JobOptions.parse(args));
  }

  static Result run(SparkSession spark, JobOptions o) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CodePartition.Counters counters = new CodePartition.Counters(
        jsc.sc().longAccumulator("articles"), jsc.sc().longAccumulator("events"),
        jsc.sc().longAccumulator("skipped"));
    if (o.format().equals("gdelt")) {
      CodePartition.Writer<String> w =
          new Writers.Gdelt(STAMP.format(LocalDateTime.now(ZoneOffset.UTC)));
      JavaRDD<String> lines = code(spark, jsc, o, w, counters);
      spark.createDataset(lines.rdd(), Encoders.STRING()).write().text(o.output());
    } else {
      JavaRDD<Row> rows = code(spark, jsc, o, new Writers.Rows(), counters);
      spark.createDataFrame(rows, EventRows.SCHEMA).write().parquet(o.output());
    }
    return new Result(counters.articles().value(), counters.events().value(),
        counters.skipped().value());
  }

  private static <O> JavaRDD<O> code(SparkSession spark, JavaSparkContext jsc, JobOptions o,
      CodePartition.Writer<O> writer, CodePartition.Counters counters) {
    JavaRDD<O> out = jsc.emptyRDD();
    if (!o.jsonInputs().isEmpty()) {
      JavaRDD<String> lines = spark.read().textFile(o.jsonInputs().toArray(String[]::new))
          .javaRDD();
      out = out.union(lines.mapPartitions(
          new CodePartition<>(o.settings(), new Readers.JsonLines(), writer, counters)));
    }
    if (!o.warcInputs().isEmpty()) {
      var files = jsc.binaryFiles(String.join(",", o.warcInputs()));
      out = out.union(files.rdd().toJavaRDD().mapPartitions(
          new CodePartition<>(o.settings(), new Readers.Warc(), writer, counters)));
    }
    return out;
  }
}
