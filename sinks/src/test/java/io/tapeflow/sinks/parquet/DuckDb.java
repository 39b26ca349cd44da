package io.tapeflow.sinks.parquet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a query on an in-memory DuckDB and returns the rows as column-name maps; the reader our users will use. */
public final class DuckDb {
    private DuckDb() {}

    public static List<Map<String, Object>> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.sql.Array) {
                        v = List.of((Object[]) ((java.sql.Array) v).getArray());
                    }
                    row.put(md.getColumnName(i), v);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Column name to DuckDB type of a query, from DESCRIBE. */
    public static Map<String, String> columnTypes(String from) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, Object> row : query("DESCRIBE SELECT * FROM " + from)) {
            types.put((String) row.get("column_name"), (String) row.get("column_type"));
        }
        return types;
    }
}
