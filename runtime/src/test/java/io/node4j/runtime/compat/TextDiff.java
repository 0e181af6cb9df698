package io.node4j.runtime.compat;

import java.util.ArrayList;
import java.util.List;

/** A line diff for failure messages: "-" expected (Node), "+" actual (node4j), with context. */
final class TextDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 80;

    private TextDiff() {}

    static String diff(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        // Longest common subsequence on lines; outputs here are small (a test's stdout).
        int n = a.size();
        int m = b.size();
        if ((long) n * m > 4_000_000L) {
            return "  (outputs too large to diff: " + n + " vs " + m + " lines)";
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add("  " + a.get(i++));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add("+ " + b.get(j++));
            } else {
                ops.add("- " + a.get(i++));
            }
        }
        StringBuilder out = new StringBuilder("  (- expected from Node, + node4j)\n");
        int shown = 0;
        int lastPrinted = -1;
        for (int k = 0; k < ops.size() && shown < MAX_LINES; k++) {
            if (!nearChange(ops, k)) {
                continue;
            }
            if (lastPrinted >= 0 && k > lastPrinted + 1) {
                out.append("  ...\n");
            }
            out.append("  ").append(ops.get(k)).append('\n');
            lastPrinted = k;
            shown++;
        }
        return out.toString();
    }

    private static boolean nearChange(List<String> ops, int k) {
        for (int d = Math.max(0, k - CONTEXT); d <= Math.min(ops.size() - 1, k + CONTEXT); d++) {
            if (!ops.get(d).startsWith("  ")) {
                return true;
            }
        }
        return false;
    }

    /** Lines, showing a missing final newline and trailing whitespace so they can be seen. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.getLast().isEmpty()) {
            out.removeLast();
        } else if (!out.isEmpty()) {
            out.set(out.size() - 1, out.getLast() + "⏎(no newline at end)");
        }
        out.replaceAll(l -> l.endsWith(" ") || l.endsWith("\t") || l.endsWith("\r") ? l + "·" : l);
        return out;
    }
}
