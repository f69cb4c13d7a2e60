package org.annals.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on a real PostgreSQL server: {@code ANNALS_TEST_PG_URL} names it (a JDBC URL;
 * {@code .ci/postgres start} starts one), and the tests are skipped without it. Each test works in
 * a schema of its own, dropped afterwards.
 */
class PostgresEventStoreTest extends EventStoreContract {
  static final String URL_VARIABLE = "ANNALS_TEST_PG_URL";
  private String schema;

  @Override
  EventStore open() throws SQLException {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(url != null && !url.isBlank(), URL_VARIABLE + " is not set: no PostgreSQL tests");
    schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
    execute(url, "CREATE SCHEMA " + schema);
    return reopen();
  }

  @Override
  EventStore reopen() {
    return EventStores.postgres(schemaUrl());
  }

  @Override
  String sql(String statement) throws SQLException {
    try (Connection c = PostgresEventStore.dataSource(schemaUrl()).getConnection();
        Statement s = c.createStatement()) {
      if (!s.execute(statement)) {
        return "";
      }
      try (ResultSet rs = s.getResultSet()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  private String schemaUrl() {
    String url = System.getenv(URL_VARIABLE);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) {
      execute(System.getenv(URL_VARIABLE), "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = PostgresEventStore.dataSource(url).getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
