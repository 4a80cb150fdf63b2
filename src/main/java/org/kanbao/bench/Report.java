package org.kanbao.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.json.FixtureJson;

/** The benchmark's figures: one row each, printed as a table and saved as JSON. */
public final class Report {
    /** One figure; {@code target} is a human-readable bound ("≤ 15 ms") or "" and {@code ok} null when there is none. */
    public record Row(String section, String key, String label, double value, String unit, String target, Boolean ok) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final ObjectNode json = FixtureJson.MAPPER.createObjectNode();

    public void add(String section, String key, String label, double value, String unit) {
        rows.add(new Row(section, key, label, value, unit, "", null));
        json.put(key, value);
    }

    /** A figure with an upper bound. */
    public void atMost(String section, String key, String label, double value, String unit, double bound) {
        rows.add(new Row(section, key, label, value, unit, "≤ " + fmt(bound) + " " + unit, value <= bound));
        json.put(key, value);
    }

    /** A figure with a lower bound. */
    public void atLeast(String section, String key, String label, double value, String unit, double bound) {
        rows.add(new Row(section, key, label, value, unit, "≥ " + fmt(bound) + " " + unit, value >= bound));
        json.put(key, value);
    }

    public void info(String key, String value) {
        json.put(key, value);
    }

    public ObjectNode json() {
        ObjectNode out = json.deepCopy();
        var arr = out.putArray("rows");
        for (Row r : rows) {
            ObjectNode o = arr.addObject();
            o.put("section", r.section()).put("key", r.key()).put("label", r.label()).put("value", r.value())
                    .put("unit", r.unit()).put("target", r.target());
            if (r.ok() != null) o.put("ok", r.ok());
        }
        return out;
    }

    public List<Row> rows() {
        return rows;
    }

    public void print(PrintWriter out) {
        String section = "";
        out.printf("%-52s %14s  %-8s %-16s%n", "figure", "value", "unit", "target");
        for (Row r : rows) {
            if (!r.section().equals(section)) {
                section = r.section();
                out.println("— " + section);
            }
            out.printf("  %-50s %14s  %-8s %-16s%s%n", r.label(), fmt(r.value()), r.unit(), r.target(),
                    r.ok() == null ? "" : r.ok() ? " ok" : " MISSED");
        }
        out.flush();
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return String.format("%,d", (long) v);
        if (Math.abs(v) >= 100) return String.format("%,.0f", v);
        if (Math.abs(v) >= 10) return String.format("%.1f", v);
        return String.format("%.2f", v);
    }
}
