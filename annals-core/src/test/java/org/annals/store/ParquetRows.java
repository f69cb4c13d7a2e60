package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a Parquet file back through an in-memory DuckDB, for tests. */
final class ParquetRows {
  private ParquetRows() {}

  static long count(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM read_parquet(?)")) {
      ps.setString(1, file.toAbsolutePath().toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
