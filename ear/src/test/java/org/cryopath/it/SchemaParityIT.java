package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cryopath.domain.persistence.DatabaseProduct;
import org.cryopath.domain.persistence.JdbcUrlDataSource;
import org.cryopath.domain.persistence.SchemaMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The two migration sets cannot drift apart: both run to the end, Derby's on a fresh in-memory database and
 * PostgreSQL's on a fresh database of the build's cluster, and the schemas they leave are read back through JDBC
 * metadata (and each catalog where JDBC has no word for it: unique and check constraints, sequences) and compared
 * object for object: tables, columns with their types, sizes and nullability, primary keys, foreign keys, unique
 * constraints, check constraints (the columns and the values they admit), indexes and sequences, and the migration
 * history itself, version for version.
 *
 * <p>Types are compared by meaning: Derby's CLOB is PostgreSQL's TEXT, INTEGER is int4, and so on. Names are
 * compared in upper case (PostgreSQL folds unquoted names to lower case, Derby to upper case).
 */
@Tag("postgresql")
class SchemaParityIT {

    private static Schema derby;
    private static Schema postgresql;

    @BeforeAll
    static void migrateBoth() throws SQLException {
        EmbeddedDataSource embedded = new EmbeddedDataSource();
        embedded.setDatabaseName("memory:parity-" + UUID.randomUUID());
        embedded.setCreateDatabase("create");
        SchemaMigrations.migrate(embedded);
        try (Connection connection = embedded.getConnection()) {
            derby = Schema.read(connection);
        }

        JdbcUrlDataSource server = new JdbcUrlDataSource();
        server.setUrl("jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgresql.port", 28032) + "/cryopath_schema");
        server.setUser("cryopath");
        server.setPassword("cryopath");
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        SchemaMigrations.migrate(server);
        try (Connection connection = server.getConnection()) {
            postgresql = Schema.read(connection);
        }
    }

    @Test
    void bothRanTheSameMigrationsVersionForVersion() {
        assertThat(derby.product).isEqualTo(DatabaseProduct.DERBY);
        assertThat(postgresql.product).isEqualTo(DatabaseProduct.POSTGRESQL);
        assertThat(postgresql.migrations).isNotEmpty().isEqualTo(derby.migrations);
    }

    @Test
    void sameTablesAndColumns() {
        assertThat(derby.columns).isNotEmpty();
        assertThat(postgresql.columns.keySet()).isEqualTo(derby.columns.keySet());
        assertThat(postgresql.columns).isEqualTo(derby.columns);
    }

    @Test
    void samePrimaryAndForeignKeys() {
        assertThat(derby.primaryKeys).isNotEmpty();
        assertThat(postgresql.primaryKeys).isEqualTo(derby.primaryKeys);
        assertThat(derby.foreignKeys).isNotEmpty();
        assertThat(postgresql.foreignKeys).isEqualTo(derby.foreignKeys);
    }

    @Test
    void sameUniqueAndCheckConstraints() {
        assertThat(derby.uniques).isNotEmpty();
        assertThat(postgresql.uniques).isEqualTo(derby.uniques);
        assertThat(derby.checks).isNotEmpty();
        assertThat(postgresql.checks).isEqualTo(derby.checks);
    }

    @Test
    void sameIndexes() {
        assertThat(derby.indexes).isNotEmpty();
        assertThat(postgresql.indexes).isEqualTo(derby.indexesCountingDeclinedDuplicates(postgresql.indexes));
    }

    @Test
    void sameSequences() {
        assertThat(derby.sequences).isNotEmpty();
        assertThat(postgresql.sequences).isEqualTo(derby.sequences);
    }

    /** One database's schema as comparable text, keyed by upper-case names. */
    private static final class Schema {

        private static final String HISTORY = "FLYWAY_SCHEMA_HISTORY";
        private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'|\\b(\\d+)\\b");
        private static final Pattern IDENTIFIER = Pattern.compile("\"?([A-Za-z_][A-Za-z0-9_]*)\"?");
        /** PostgreSQL's casts in a deparsed check: "::character varying[]", "::text". */
        private static final Pattern CAST = Pattern.compile("::[a-z ]+(\\[\\])?");

        DatabaseProduct product;
        final List<String> migrations = new ArrayList<>();
        /** TABLE.COLUMN -> type, size, nullability */
        final SortedMap<String, String> columns = new TreeMap<>();
        final SortedMap<String, String> primaryKeys = new TreeMap<>();
        final SortedMap<String, String> foreignKeys = new TreeMap<>();
        final SortedMap<String, String> uniques = new TreeMap<>();
        final SortedMap<String, String> checks = new TreeMap<>();
        final SortedMap<String, String> indexes = new TreeMap<>();
        final SortedMap<String, String> sequences = new TreeMap<>();
        /** Derby: the indexes behind keys and constraints, as TABLE[COLUMNS]. */
        final Set<String> backingIndexes = new TreeSet<>();

        /**
         * Derby does not create an index that duplicates the index behind a key (it warns "not created because it
         * is a duplicate", 01504): V5's IX_TREATMENT_CASE_PATIENT is such an index, as Derby indexes every foreign
         * key. The columns are indexed all the same, so an index the other schema has by name counts as present here
         * when a key's index covers exactly its columns.
         */
        SortedMap<String, String> indexesCountingDeclinedDuplicates(SortedMap<String, String> other) {
            SortedMap<String, String> counted = new TreeMap<>(indexes);
            other.forEach((name, definition) -> {
                if (!counted.containsKey(name) && backingIndexes.contains(definition)) {
                    counted.put(name, definition);
                }
            });
            return counted;
        }

        static Schema read(Connection connection) throws SQLException {
            Schema schema = new Schema();
            DatabaseMetaData meta = connection.getMetaData();
            schema.product = DatabaseProduct.of(connection);
            String owner = connection.getSchema();
            List<String> tables = tables(meta, owner);
            for (String table : tables) {
                schema.readColumns(meta, owner, table);
            }
            Set<String> constraintIndexes = schema.readCatalog(connection, owner);
            for (String table : tables) {
                schema.readPrimaryKey(meta, owner, table);
                schema.readForeignKeys(meta, owner, table);
                schema.readIndexes(meta, owner, table, constraintIndexes);
            }
            schema.readMigrations(connection);
            return schema;
        }

        private static List<String> tables(DatabaseMetaData meta, String owner) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, owner, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (!HISTORY.equals(upper(table))) {
                        tables.add(table);
                    }
                }
            }
            return tables;
        }

        private void readColumns(DatabaseMetaData meta, String owner, String table) throws SQLException {
            try (ResultSet rows = meta.getColumns(null, owner, table, "%")) {
                while (rows.next()) {
                    String type = canonicalType(rows.getString("TYPE_NAME"));
                    boolean sized = type.equals("VARCHAR") || type.equals("CHAR");
                    columns.put(upper(table) + "." + upper(rows.getString("COLUMN_NAME")),
                            type + (sized ? "(" + rows.getInt("COLUMN_SIZE") + ")" : "")
                                    + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : ""));
                }
            }
        }

        private void readPrimaryKey(DatabaseMetaData meta, String owner, String table) throws SQLException {
            SortedMap<Integer, String> keyColumns = new TreeMap<>();
            String name = null;
            try (ResultSet rows = meta.getPrimaryKeys(null, owner, table)) {
                while (rows.next()) {
                    name = upper(rows.getString("PK_NAME"));
                    keyColumns.put(rows.getInt("KEY_SEQ"), upper(rows.getString("COLUMN_NAME")));
                }
            }
            if (name != null) {
                primaryKeys.put(name, upper(table) + keyColumns.values());
            }
        }

        private void readForeignKeys(DatabaseMetaData meta, String owner, String table) throws SQLException {
            SortedMap<String, SortedMap<Integer, String>> keys = new TreeMap<>();
            try (ResultSet rows = meta.getImportedKeys(null, owner, table)) {
                while (rows.next()) {
                    keys.computeIfAbsent(upper(rows.getString("FK_NAME")), name -> new TreeMap<>())
                            .put(rows.getInt("KEY_SEQ"), upper(rows.getString("FKCOLUMN_NAME")) + " -> "
                                    + upper(rows.getString("PKTABLE_NAME")) + "." + upper(rows.getString("PKCOLUMN_NAME"))
                                    + " on delete " + rows.getShort("DELETE_RULE"));
                }
            }
            keys.forEach((name, parts) -> foreignKeys.put(name, upper(table) + parts.values()));
        }

        /** Indexes of our own (IX_...), not those a database builds behind a key or a unique constraint. */
        private void readIndexes(DatabaseMetaData meta, String owner, String table, Set<String> constraintIndexes)
                throws SQLException {
            SortedMap<String, SortedMap<Integer, String>> found = new TreeMap<>();
            SortedMap<String, SortedMap<Integer, String>> backing = new TreeMap<>();
            SortedMap<String, Boolean> unique = new TreeMap<>();
            try (ResultSet rows = meta.getIndexInfo(null, owner, table, false, false)) {
                while (rows.next()) {
                    String name = upper(rows.getString("INDEX_NAME"));
                    if (name == null) {
                        continue;
                    }
                    if (constraintIndexes.contains(name)) {
                        backing.computeIfAbsent(name, key -> new TreeMap<>())
                                .put((int) rows.getShort("ORDINAL_POSITION"), upper(rows.getString("COLUMN_NAME")));
                        continue;
                    }
                    found.computeIfAbsent(name, key -> new TreeMap<>())
                            .put((int) rows.getShort("ORDINAL_POSITION"), upper(rows.getString("COLUMN_NAME")));
                    unique.put(name, !rows.getBoolean("NON_UNIQUE"));
                }
            }
            found.forEach((name, parts) -> indexes.put(name, (unique.get(name) ? "UNIQUE " : "") + upper(table)
                    + parts.values()));
            backing.forEach((name, parts) -> backingIndexes.add(upper(table) + parts.values()));
        }

        /**
         * Unique constraints, check constraints and sequences from the product's own catalog; returns the names of
         * the indexes that back keys and constraints, which are the database's business and left out of the
         * comparison of indexes.
         */
        private Set<String> readCatalog(Connection connection, String owner) throws SQLException {
            return product == DatabaseProduct.DERBY ? readDerbyCatalog(connection, owner) : readPostgresqlCatalog(connection);
        }

        private Set<String> readDerbyCatalog(Connection connection, String owner) throws SQLException {
            Set<String> backing = new TreeSet<>();
            query(connection, "SELECT g.CONGLOMERATENAME FROM SYS.SYSCONGLOMERATES g WHERE g.CONGLOMERATEID IN "
                    + "(SELECT CONGLOMERATEID FROM SYS.SYSKEYS UNION SELECT CONGLOMERATEID FROM SYS.SYSFOREIGNKEYS)",
                    owner, false, row -> backing.add(upper(row.getString(1))));
            // A unique constraint's columns are those of the index behind it.
            Map<String, String> uniqueIndex = new TreeMap<>();
            query(connection, "SELECT c.CONSTRAINTNAME, t.TABLENAME, g.CONGLOMERATENAME FROM SYS.SYSCONSTRAINTS c "
                    + "JOIN SYS.SYSTABLES t ON t.TABLEID = c.TABLEID JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID "
                    + "JOIN SYS.SYSKEYS k ON k.CONSTRAINTID = c.CONSTRAINTID "
                    + "JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = k.CONGLOMERATEID "
                    + "WHERE c.TYPE = 'U' AND s.SCHEMANAME = ?", owner, true,
                    row -> uniqueIndex.put(upper(row.getString(1)), upper(row.getString(2)) + "/" + row.getString(3)));
            for (Map.Entry<String, String> constraint : uniqueIndex.entrySet()) {
                String[] tableAndIndex = constraint.getValue().split("/");
                SortedMap<Integer, String> keyColumns = new TreeMap<>();
                try (ResultSet rows = connection.getMetaData().getIndexInfo(null, owner, tableAndIndex[0], false, false)) {
                    while (rows.next()) {
                        if (tableAndIndex[1].equals(rows.getString("INDEX_NAME"))) {
                            keyColumns.put((int) rows.getShort("ORDINAL_POSITION"), upper(rows.getString("COLUMN_NAME")));
                        }
                    }
                }
                uniques.put(constraint.getKey(), tableAndIndex[0] + keyColumns.values());
            }
            query(connection, "SELECT c.CONSTRAINTNAME, t.TABLENAME, CAST(ch.CHECKDEFINITION AS VARCHAR(4000)) "
                    + "FROM SYS.SYSCHECKS ch JOIN SYS.SYSCONSTRAINTS c ON c.CONSTRAINTID = ch.CONSTRAINTID "
                    + "JOIN SYS.SYSTABLES t ON t.TABLEID = c.TABLEID JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID "
                    + "WHERE s.SCHEMANAME = ?", owner, true,
                    row -> checks.put(upper(row.getString(1)), checkSignature(row.getString(2), row.getString(3))));
            query(connection, "SELECT q.SEQUENCENAME, q.STARTVALUE, q.INCREMENT, q.SEQUENCEDATATYPE "
                    + "FROM SYS.SYSSEQUENCES q JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = q.SCHEMAID WHERE s.SCHEMANAME = ?",
                    owner, true, row -> sequences.put(upper(row.getString(1)), canonicalType(row.getString(4))
                            + " start " + row.getLong(2) + " increment " + row.getLong(3)));
            return backing;
        }

        private Set<String> readPostgresqlCatalog(Connection connection) throws SQLException {
            Set<String> backing = new TreeSet<>();
            query(connection, "SELECT i.relname FROM pg_constraint c JOIN pg_class i ON i.oid = c.conindid "
                    + "WHERE c.contype IN ('p', 'u', 'x') AND c.connamespace = current_schema()::regnamespace",
                    null, false, row -> backing.add(upper(row.getString(1))));
            SortedMap<String, String> uniqueTables = new TreeMap<>();
            SortedMap<String, List<String>> uniqueColumns = new TreeMap<>();
            query(connection, "SELECT tc.constraint_name, tc.table_name, k.column_name "
                    + "FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k "
                    + "ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name "
                    + "WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = current_schema() "
                    + "ORDER BY tc.constraint_name, k.ordinal_position", null, false, row -> {
                        uniqueTables.put(upper(row.getString(1)), upper(row.getString(2)));
                        uniqueColumns.computeIfAbsent(upper(row.getString(1)), name -> new ArrayList<>())
                                .add(upper(row.getString(3)));
                    });
            uniqueTables.forEach((name, table) -> uniques.put(name, table + uniqueColumns.get(name)));
            query(connection, "SELECT c.conname, t.relname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
                    + "JOIN pg_class t ON t.oid = c.conrelid "
                    + "WHERE c.contype = 'c' AND c.connamespace = current_schema()::regnamespace", null, false,
                    row -> checks.put(upper(row.getString(1)), checkSignature(row.getString(2), row.getString(3))));
            query(connection, "SELECT sequence_name, start_value, increment, data_type FROM information_schema.sequences "
                    + "WHERE sequence_schema = current_schema()", null, false,
                    row -> sequences.put(upper(row.getString(1)), canonicalType(row.getString(4))
                            + " start " + Long.parseLong(row.getString(2)) + " increment "
                            + Long.parseLong(row.getString(3))));
            return backing;
        }

        private void readMigrations(Connection connection) throws SQLException {
            query(connection, "SELECT \"version\", \"description\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" = TRUE ORDER BY \"installed_rank\"", null, false,
                    row -> migrations.add(row.getString(1) + " " + row.getString(2)));
        }

        /**
         * What a check constraint says, apart from how each database writes it: the columns of the table it names
         * and the values it admits ("STATUS ['ACCEPTED', 'DECLINED', ...]", "PLANNED_SESSIONS [1, 6]").
         */
        private String checkSignature(String table, String definition) {
            String plain = CAST.matcher(definition).replaceAll("");
            SortedSet<String> literals = new TreeSet<>();
            Matcher literal = LITERAL.matcher(plain);
            while (literal.find()) {
                literals.add(literal.group(1) != null ? "'" + literal.group(1) + "'" : literal.group(2));
            }
            String withoutLiterals = LITERAL.matcher(plain).replaceAll(" ");
            SortedSet<String> named = new TreeSet<>();
            Matcher identifier = IDENTIFIER.matcher(withoutLiterals);
            while (identifier.find()) {
                String name = upper(table) + "." + upper(identifier.group(1));
                if (columns.containsKey(name)) {
                    named.add(upper(identifier.group(1)));
                }
            }
            return upper(table) + " " + named + " " + literals;
        }

        private void query(Connection connection, String sql, String parameter, boolean bind, RowReader reader)
                throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (bind) {
                    statement.setString(1, parameter);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }

        /** Derby's and PostgreSQL's names for the same column types. */
        private static String canonicalType(String typeName) {
            String type = typeName.toUpperCase(Locale.ROOT).strip();
            return switch (type) {
                case "INT8", "BIGINT" -> "BIGINT";
                case "INT4", "INTEGER", "INT" -> "INTEGER";
                case "INT2", "SMALLINT" -> "SMALLINT";
                case "VARCHAR", "CHARACTER VARYING" -> "VARCHAR";
                case "BPCHAR", "CHAR", "CHARACTER" -> "CHAR";
                case "BOOL", "BOOLEAN" -> "BOOLEAN";
                case "TEXT", "CLOB" -> "CLOB/TEXT";
                case "FLOAT8", "DOUBLE", "DOUBLE PRECISION" -> "DOUBLE";
                case "NUMERIC", "DECIMAL" -> "DECIMAL";
                default -> type;
            };
        }

        private static String upper(String name) {
            return name == null ? null : name.toUpperCase(Locale.ROOT);
        }

        @FunctionalInterface
        private interface RowReader {
            void read(ResultSet row) throws SQLException;
        }
    }
}
