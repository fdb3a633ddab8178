package minipy.runtime;

import java.util.List;

/** "Did you mean: 'x'?" for NameError and AttributeError (after CPython's Python/suggestions.c). */
public final class Suggestions {
    private Suggestions() {}

    private static final int MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40, MAX_CANDIDATES = 750;

    /** The closest candidate, or null. */
    public static String best(List<String> candidates, String name) {
        if (candidates.size() > MAX_CANDIDATES || name.length() > MAX_STRING_SIZE) return null;
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDist - 1);
            int d = distance(name, item, max);
            if (d > max) continue;
            if (best == null || d < bestDist) {
                best = item;
                bestDist = d;
            }
        }
        return best;
    }

    private static int subst(char a, char b) {
        if (a == b) return 0;
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) return CASE_COST;
        return MOVE_COST;
    }

    static int distance(String a, String b, int maxCost) {
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) return maxCost + 1;
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) start++;
        int ea = a.length(), eb = b.length();
        while (ea > start && eb > start && a.charAt(ea - 1) == b.charAt(eb - 1)) { ea--; eb--; }
        a = a.substring(start, ea);
        b = b.substring(start, eb);
        if (a.isEmpty() || b.isEmpty()) return (a.length() + b.length()) * MOVE_COST;
        if (Math.abs(a.length() - b.length()) * MOVE_COST > maxCost) return maxCost + 1;
        if (b.length() < a.length()) { String t = a; a = b; b = t; }
        int[] buffer = new int[a.length()];
        for (int i = 0; i < a.length(); i++) buffer[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char code = b.charAt(bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length(); index++) {
                int substitute = distance + subst(code, a.charAt(index));
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    /** For an AttributeError on obj: the closest name of dir(obj). */
    public static String forAttribute(Object obj, String name) {
        try {
            PyList d = Builtins.dir(obj);
            List<String> names = new java.util.ArrayList<>();
            for (Object o : d.toArray()) if (o instanceof String s) names.add(s);
            return best(names, name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
