package org.kanbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Ordered schema scripts in resources/db/migration, named V001__what.sql; user_version holds the last applied. */
final class Migrations {
    /**
     * Listed here rather than scanned, because a jar's resources cannot be listed portably.
     * The number in a script's name is the schema version it brings the library to.
     */
    static final List<String> SCRIPTS = List.of(
            "V001__core.sql",
            "V002__search.sql",
            "V003__tags.sql",
            "V004__search_terms.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.stream().mapToInt(Migrations::number).max().orElse(0);
    }

    private static int number(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every script after {@code from}, each in its own transaction together with its version bump. */
    static void apply(Connection c, int from) throws SQLException {
        for (String script : SCRIPTS.stream().sorted().toList()) {
            int v = number(script);
            if (v <= from) continue;
            String sql = load(script);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String stmt : split(sql)) s.execute(stmt);
                s.execute("PRAGMA user_version = " + v);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) throw new IllegalStateException("missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits on semicolons at line ends, keeping CREATE TRIGGER ... BEGIN ... END; blocks whole. */
    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) continue;
            cur.append(line).append('\n');
            String up = t.toUpperCase();
            if (up.startsWith("CREATE TRIGGER")) inTrigger = true;
            boolean ends = t.endsWith(";") && (!inTrigger || up.equals("END;"));
            if (ends) {
                out.add(cur.toString());
                cur.setLength(0);
                inTrigger = false;
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString());
        return out;
    }
}
