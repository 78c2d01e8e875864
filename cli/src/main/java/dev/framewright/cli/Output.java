package dev.framewright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes results to stdout: the server's JSON with {@code --json}, otherwise a table (lists), aligned
 * {@code key: value} lines (single objects) or a bare value (ids, paths), so that {@code $(…)}
 * captures what scripts need.
 */
final class Output {
    private static final ObjectWriter JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer();

    private final PrintWriter out;
    final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** Prints {@code value} as JSON. */
    void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print " + value.getClass().getSimpleName(), e);
        }
    }

    /** JSON with {@code --json}, else the bare text. */
    void value(Object jsonValue, String text) {
        if (json) {
            json(jsonValue);
        } else {
            out.println(text);
        }
    }

    /** JSON with {@code --json}, else aligned {@code key: value} lines ({@code null} values left out). */
    void object(Object jsonValue, Map<String, Object> fields) {
        if (json) {
            json(jsonValue);
            return;
        }
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        fields.forEach((k, v) -> {
            if (v != null) {
                out.println(pad(k + ":", width + 1) + " " + v);
            }
        });
    }

    /** JSON with {@code --json}, else a table with one row per item and a trailing paging hint. */
    <T> void table(Object jsonValue, List<T> items, Map<String, Function<T, Object>> columns, String nextCursor) {
        if (json) {
            json(jsonValue);
            return;
        }
        List<String> headers = new ArrayList<>(columns.keySet());
        List<List<String>> rows = new ArrayList<>();
        for (T item : items) {
            List<String> row = new ArrayList<>();
            for (Function<T, Object> f : columns.values()) {
                Object v = f.apply(item);
                row.add(v == null ? "-" : v.toString());
            }
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        out.println(line(headers, widths));
        for (List<String> r : rows) {
            out.println(line(r, widths));
        }
        if (items.isEmpty()) {
            out.println("(none)");
        }
        if (nextCursor != null) {
            out.println("(more: --cursor " + nextCursor + ")");
        }
    }

    static <T> Map<String, Function<T, Object>> columns() {
        return new LinkedHashMap<>();
    }

    static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), widths[i]) + "  ");
        }
        return b.toString().stripTrailing();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
