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
 * minipy trace-view FILE.json -o timeline.svg: draws a --trace timeline as a self-contained
 * SVG: one lane per thread, GIL-held spans solid green, waits for the GIL hatched orange,
 * blocking calls grey with their label, a time axis in milliseconds and a legend.
 */
final class TraceView {
    private TraceView() {}

    private record Span(long tid, String cat, String name, long ts, long dur, String on) {}

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");

    static String render(String json) {
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
        int left = 170, width = 1000, lane = 34, top = 50;
        double scale = (double) width / end;
        StringBuilder sb = new StringBuilder();
        int height = top + names.size() * lane + 70;
        sb.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                left + width + 30, height));
        sb.append("<defs><pattern id=\"wait\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#fff3e0\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ef6c00\" stroke-width=\"2\"/></pattern></defs>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append(String.format("<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">Who held the GIL, and when (%.1f ms)</text>%n", left, end / 1000.0));
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
        legend(sb, left, ly, "#2e7d32", "holding the GIL (running bytecode)");
        legend(sb, left + 250, ly, "url(#wait)", "waiting for the GIL");
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

    static int run(Path in, Path out, java.io.PrintStream err) {
        try {
            Files.writeString(out, render(Files.readString(in, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            return 0;
        } catch (java.io.IOException e) {
            err.println("minipy: trace-view: " + e.getMessage());
            return 1;
        }
    }
}
