package minipy.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * minipy trace-view FILE.json -o timeline.svg (or .html): draws a --trace timeline as a
 * self-contained SVG (the .html page adds an explanation and per-thread totals): one lane per thread, GIL-held spans solid green, waits for the GIL hatched orange,
 * blocking calls grey with their label, a time axis in milliseconds and a legend.
 */
final class TraceView {
    private TraceView() {}

    private record Span(long tid, String cat, String name, long ts, long dur, String on) {}

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");

    private record Trace(Map<Long, String> names, List<Span> spans, long end) {}

    private static Trace parse(String json) {
        Map<Long, String> names = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        long end = 1;
        for (String line : json.split("\n")) {
            if (!line.startsWith("{\"name\"")) continue;
            Map<String, String> f = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(line);
            while (m.find()) f.putIfAbsent(m.group(1), m.group(2));
            long tid = Long.parseLong(f.getOrDefault("tid", "0"));
            String ph = unquote(f.get("ph"));
            if ("M".equals(ph)) {
                Matcher n = Pattern.compile("\"args\":\\{\"name\":(\"(?:[^\"\\\\]|\\\\.)*\")").matcher(line);
                names.put(tid, n.find() ? unquote(n.group(1)) : "thread " + tid);
            } else if ("X".equals(ph)) {
                long ts = Long.parseLong(f.get("ts")), dur = Long.parseLong(f.get("dur"));
                spans.add(new Span(tid, unquote(f.get("cat")), unquote(f.get("name")), ts, dur, f.containsKey("on") ? unquote(f.get("on")) : null));
                end = Math.max(end, ts + dur);
                names.putIfAbsent(tid, "thread " + tid);
            }
        }
        return new Trace(names, spans, end);
    }

    static String render(String json) { return svg(parse(json)); }

    private static String svg(Trace trace) {
        Map<Long, String> names = trace.names();
        List<Span> spans = trace.spans();
        long end = trace.end();
        int left = 170, width = 1000, lane = 34, top = 50;
        double scale = (double) width / end;
        StringBuilder sb = new StringBuilder();
        int height = top + names.size() * lane + 70;
        sb.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                left + width + 30, height));
        sb.append("<defs><pattern id=\"wait\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#fff3e0\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ef6c00\" stroke-width=\"2\"/></pattern></defs>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        boolean gilOff = spans.stream().anyMatch(s -> s.name.equals("running (GIL off)"));
        sb.append(String.format("<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s (%.1f ms)</text>%n", left,
                gilOff ? "GIL off: who ran bytecode, and when" : "Who held the GIL, and when", end / 1000.0));
        List<Long> tids = new ArrayList<>(names.keySet());
        for (int i = 0; i < tids.size(); i++) {
            int y = top + i * lane;
            sb.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", left, y, width, lane - 6, i % 2 == 0 ? "#f7f7f7" : "#eeeeee"));
            sb.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 8, y + lane / 2 + 1, esc(names.get(tids.get(i)))));
        }
        for (Span s : spans) {
            int i = tids.indexOf(s.tid);
            int y = top + i * lane + 3;
            double x = left + s.ts * scale, w = Math.max(0.6, s.dur * scale);
            String fill = s.cat.equals("gil") ? "#2e7d32" : s.cat.equals("gil-wait") ? "url(#wait)" : "#9e9e9e";
            String title = s.name + " " + String.format("%.3f ms", s.dur / 1000.0) + (s.on != null ? " on " + s.on : "");
            sb.append(String.format("<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
                    x, y, w, lane - 12, fill, esc(title)));
            if (s.cat.equals("blocked") && w > 60) {
                sb.append(String.format("<text x=\"%.1f\" y=\"%d\" fill=\"white\" font-size=\"10\">%s</text>%n", x + 3, y + lane / 2,
                        esc(s.name.replace("blocked: ", ""))));
            }
        }
        int axisY = top + tids.size() * lane + 4;
        sb.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, axisY, left + width, axisY));
        double stepMs = niceStep(end / 1000.0 / 10);
        for (double t = 0; t * 1000 <= end; t += stepMs) {
            double x = left + t * 1000 * scale;
            sb.append(String.format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n", x, axisY, x, axisY + 5));
            sb.append(String.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, axisY + 18, fmt(t)));
        }
        sb.append(String.format("<text x=\"%d\" y=\"%d\">time (ms)</text>%n", left + width - 60, axisY + 34));
        int ly = axisY + 34;
        legend(sb, left, ly, "#2e7d32", gilOff ? "running bytecode (no GIL)" : "holding the GIL (running bytecode)");
        legend(sb, left + 250, ly, "url(#wait)", gilOff ? "paused for a collection" : "waiting for the GIL");
        legend(sb, left + 420, ly, "#9e9e9e", "blocked (sleep, lock, join, IO), GIL released");
        return sb.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder sb, int x, int y, String fill, String label) {
        sb.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\" stroke=\"#555\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                x, y - 10, fill, x + 20, y, esc(label)));
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-6))));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    private static String fmt(double ms) { return ms == Math.rint(ms) ? String.valueOf((long) ms) : String.format("%.1f", ms); }

    private static String unquote(String s) {
        if (s == null) return null;
        if (!s.startsWith("\"")) return s;
        return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    /**
     * The .html form: the same picture inline, a sentence on how to read it, and a table of
     * per-thread totals (time holding the GIL, waiting for it, blocked) taken from the spans.
     */
    static String html(String json, String title) {
        Trace t = parse(json);
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>GIL timeline: ").append(esc(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:20px}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}</style>\n")
                .append("</head><body>\n<h2>GIL timeline: ").append(esc(title)).append("</h2>\n")
                .append("<p>One lane per thread. Green: the thread holds the GIL and runs bytecode (with the GIL off: it runs). "
                        + "Hatched orange: it waits for the GIL. Grey: it is blocked in a call (sleep, lock, join, queue, IO) and has "
                        + "released the GIL. Hover over a span for its length and what it blocked on.</p>\n")
                .append(svg(t))
                .append("<table>\n<tr><th>thread</th><th>holding the GIL ms</th><th>waiting for it ms</th><th>waits</th>"
                        + "<th>blocked ms</th><th>blocking calls</th></tr>\n");
        for (Map.Entry<Long, String> e : t.names().entrySet()) {
            long held = 0, waited = 0, blocked = 0, waits = 0, blocks = 0;
            for (Span s : t.spans()) {
                if (s.tid() != e.getKey()) continue;
                switch (s.cat()) {
                    case "gil" -> held += s.dur();
                    case "gil-wait" -> { waited += s.dur(); waits++; }
                    default -> { blocked += s.dur(); blocks++; }
                }
            }
            sb.append(String.format("<tr><td>%s</td><td>%.1f</td><td>%.1f</td><td>%d</td><td>%.1f</td><td>%d</td></tr>%n",
                    esc(e.getValue()), held / 1000.0, waited / 1000.0, waits, blocked / 1000.0, blocks));
        }
        return sb.append("</table>\n</body></html>\n").toString();
    }

    static int run(Path in, Path out, java.io.PrintStream err) {
        try {
            String json = Files.readString(in, StandardCharsets.UTF_8);
            String text = out.toString().endsWith(".html") ? html(json, in.getFileName().toString()) : render(json);
            Files.writeString(out, text, StandardCharsets.UTF_8);
            return 0;
        } catch (java.io.IOException e) {
            err.println("minipy: trace-view: " + e.getMessage());
            return 1;
        }
    }
}
