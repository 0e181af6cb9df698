package io.node4j.runtime.url;

import java.util.ArrayList;

/**
 * The URL Standard's basic URL parser: a state machine over UTF-16 code units (percent-encoding
 * works by code point). Components are collected by scanning ahead and encoded once, rather than
 * char by char. Without a state override it makes a new record; with one (the setters) it changes
 * the given record in place.
 */
public final class UrlParser {
    private UrlParser() {
    }

    public static final int SCHEME_START = 1;
    public static final int SCHEME = 2;
    public static final int NO_SCHEME = 3;
    public static final int SPECIAL_RELATIVE_OR_AUTHORITY = 4;
    public static final int PATH_OR_AUTHORITY = 5;
    public static final int RELATIVE = 6;
    public static final int RELATIVE_SLASH = 7;
    public static final int SPECIAL_AUTHORITY_SLASHES = 8;
    public static final int SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
    public static final int AUTHORITY = 10;
    public static final int HOST = 11;
    public static final int HOSTNAME = 12;
    public static final int PORT = 13;
    public static final int FILE = 14;
    public static final int FILE_SLASH = 15;
    public static final int FILE_HOST = 16;
    public static final int PATH_START = 17;
    public static final int PATH = 18;
    public static final int OPAQUE_PATH = 19;
    public static final int QUERY = 20;
    public static final int FRAGMENT = 21;

    private static final int EOF = -1;

    /** A new record for input against base (null for none), or null for failure. */
    public static UrlRecord parse(String input, UrlRecord base) {
        UrlRecord url = new UrlRecord();
        return run(removeTabAndNewline(trimControlAndSpace(input)), base, url, 0) ? url : null;
    }

    /** Parses input into url from the given state (a setter's state override); false for failure. */
    static boolean override(String input, UrlRecord url, int state) {
        return run(removeTabAndNewline(input), null, url, state);
    }

    private static String trimControlAndSpace(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && input.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && input.charAt(end - 1) <= 0x20) {
            end--;
        }
        return input.substring(start, end);
    }

    private static String removeTabAndNewline(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                StringBuilder out = new StringBuilder(input.length());
                for (int j = 0; j < input.length(); j++) {
                    char d = input.charAt(j);
                    if (d != '\t' && d != '\n' && d != '\r') {
                        out.append(d);
                    }
                }
                return out.toString();
            }
        }
        return input;
    }

    private static boolean isAlpha(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWindowsDriveLetter(String s, boolean normalizedOnly) {
        if (s.length() != 2 || !isAlpha(s.charAt(0))) {
            return false;
        }
        char c = s.charAt(1);
        return c == ':' || (!normalizedOnly && c == '|');
    }

    private static boolean startsWithWindowsDriveLetter(String input, int p) {
        if (input.length() - p < 2 || !isAlpha(input.charAt(p))) {
            return false;
        }
        char second = input.charAt(p + 1);
        if (second != ':' && second != '|') {
            return false;
        }
        if (input.length() - p == 2) {
            return true;
        }
        char third = input.charAt(p + 2);
        return third == '/' || third == '\\' || third == '?' || third == '#';
    }

    private static boolean isSingleDot(String s) {
        return s.equals(".") || s.equalsIgnoreCase("%2e");
    }

    private static boolean isDoubleDot(String s) {
        switch (s.length()) {
            case 2: return s.equals("..");
            case 4: return s.equalsIgnoreCase(".%2e") || s.equalsIgnoreCase("%2e.");
            case 6: return s.equalsIgnoreCase("%2e%2e");
            default: return false;
        }
    }

    private static void shortenPath(UrlRecord url) {
        ArrayList<String> path = url.path;
        if (url.scheme.equals("file") && path.size() == 1 && isWindowsDriveLetter(path.get(0), true)) {
            return;
        }
        if (!path.isEmpty()) {
            path.remove(path.size() - 1);
        }
    }

    private static boolean run(String input, UrlRecord base, UrlRecord url, int stateOverride) {
        final int len = input.length();
        final boolean overriding = stateOverride != 0;
        int state = overriding ? stateOverride : SCHEME_START;
        StringBuilder buffer = new StringBuilder();
        boolean insideBrackets = false;
        boolean special = UrlRecord.isSpecial(url.scheme);

        for (int p = 0; ; p++) {
            final int c = p < len ? input.charAt(p) : EOF;
            switch (state) {
                case SCHEME_START -> {
                    if (isAlpha(c)) {
                        buffer.append((char) (c | 0x20));
                        state = SCHEME;
                    } else if (!overriding) {
                        state = NO_SCHEME;
                        p--;
                    } else {
                        return false;
                    }
                }
                case SCHEME -> {
                    if (isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.') {
                        buffer.append((char) (isAlpha(c) ? c | 0x20 : c));
                    } else if (c == ':') {
                        String scheme = buffer.toString();
                        if (overriding) {
                            if (UrlRecord.isSpecial(url.scheme) != UrlRecord.isSpecial(scheme)) {
                                return true;
                            }
                            if ((url.includesCredentials() || url.port >= 0) && scheme.equals("file")) {
                                return true;
                            }
                            if (url.scheme.equals("file") && "".equals(url.host)) {
                                return true;
                            }
                        }
                        url.scheme = scheme;
                        special = UrlRecord.isSpecial(scheme);
                        if (overriding) {
                            if (url.port == UrlRecord.defaultPort(scheme)) {
                                url.port = -1;
                            }
                            return true;
                        }
                        buffer.setLength(0);
                        if (scheme.equals("file")) {
                            state = FILE;
                        } else if (special && base != null && base.scheme.equals(scheme)) {
                            state = SPECIAL_RELATIVE_OR_AUTHORITY;
                        } else if (special) {
                            state = SPECIAL_AUTHORITY_SLASHES;
                        } else if (p + 1 < len && input.charAt(p + 1) == '/') {
                            state = PATH_OR_AUTHORITY;
                            p++;
                        } else {
                            url.opaquePath = "";
                            state = OPAQUE_PATH;
                        }
                    } else if (!overriding) {
                        buffer.setLength(0);
                        state = NO_SCHEME;
                        p = -1;
                    } else {
                        return false;
                    }
                }
                case NO_SCHEME -> {
                    if (base == null || (base.opaquePath != null && c != '#')) {
                        return false;
                    }
                    if (base.opaquePath != null) {
                        url.scheme = base.scheme;
                        url.opaquePath = base.opaquePath;
                        url.query = base.query;
                        url.fragment = "";
                        state = FRAGMENT;
                    } else {
                        state = base.scheme.equals("file") ? FILE : RELATIVE;
                        p--;
                    }
                    special = UrlRecord.isSpecial(base.scheme);
                }
                case SPECIAL_RELATIVE_OR_AUTHORITY -> {
                    if (c == '/' && p + 1 < len && input.charAt(p + 1) == '/') {
                        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
                        p++;
                    } else {
                        state = RELATIVE;
                        p--;
                    }
                }
                case PATH_OR_AUTHORITY -> {
                    if (c == '/') {
                        state = AUTHORITY;
                    } else {
                        state = PATH;
                        p--;
                    }
                }
                case RELATIVE -> {
                    url.scheme = base.scheme;
                    if (c == '/' || (special && c == '\\')) {
                        state = RELATIVE_SLASH;
                    } else {
                        url.username = base.username;
                        url.password = base.password;
                        url.host = base.host;
                        url.port = base.port;
                        url.path = new ArrayList<>(base.path);
                        url.query = base.query;
                        if (c == '?') {
                            url.query = "";
                            state = QUERY;
                        } else if (c == '#') {
                            url.fragment = "";
                            state = FRAGMENT;
                        } else if (c != EOF) {
                            url.query = null;
                            shortenPath(url);
                            state = PATH;
                            p--;
                        }
                    }
                }
                case RELATIVE_SLASH -> {
                    if (special && (c == '/' || c == '\\')) {
                        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    } else if (c == '/') {
                        state = AUTHORITY;
                    } else {
                        url.username = base.username;
                        url.password = base.password;
                        url.host = base.host;
                        url.port = base.port;
                        state = PATH;
                        p--;
                    }
                }
                case SPECIAL_AUTHORITY_SLASHES -> {
                    if (c == '/' && p + 1 < len && input.charAt(p + 1) == '/') {
                        p++;
                    } else {
                        p--;
                    }
                    state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
                }
                case SPECIAL_AUTHORITY_IGNORE_SLASHES -> {
                    if (c != '/' && c != '\\') {
                        state = AUTHORITY;
                        p--;
                    }
                }
                case AUTHORITY -> {
                    // Everything up to the last '@' before the end of the authority is userinfo.
                    int end = p;
                    int at = -1;
                    for (; end < len; end++) {
                        char d = input.charAt(end);
                        if (d == '/' || d == '?' || d == '#' || (special && d == '\\')) {
                            break;
                        }
                        if (d == '@') {
                            at = end;
                        }
                    }
                    if (at != -1) {
                        if (at + 1 == end) {
                            return false;
                        }
                        int colon = input.indexOf(':', p);
                        if (colon == -1 || colon > at) {
                            url.username += PercentEncoding.encode(input, p, at, PercentEncoding.USERINFO);
                        } else {
                            url.username += PercentEncoding.encode(input, p, colon, PercentEncoding.USERINFO);
                            url.password += PercentEncoding.encode(input, colon + 1, at, PercentEncoding.USERINFO);
                        }
                        p = at;
                    } else {
                        p--;
                    }
                    state = HOST;
                }
                case HOST, HOSTNAME -> {
                    if (overriding && url.scheme.equals("file")) {
                        p--;
                        state = FILE_HOST;
                    } else if (c == ':' && !insideBrackets) {
                        if (buffer.isEmpty() || stateOverride == HOSTNAME) {
                            return false;
                        }
                        String host = Hosts.parse(buffer.toString(), !special);
                        if (host == null) {
                            return false;
                        }
                        url.host = host;
                        buffer.setLength(0);
                        state = PORT;
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
                        p--;
                        if (special && buffer.isEmpty()) {
                            return false;
                        }
                        if (overriding && buffer.isEmpty() && (url.includesCredentials() || url.port >= 0)) {
                            return false;
                        }
                        String host = Hosts.parse(buffer.toString(), !special);
                        if (host == null) {
                            return false;
                        }
                        url.host = host;
                        buffer.setLength(0);
                        state = PATH_START;
                        if (overriding) {
                            return true;
                        }
                    } else {
                        if (c == '[') {
                            insideBrackets = true;
                        } else if (c == ']') {
                            insideBrackets = false;
                        }
                        buffer.append((char) c);
                    }
                }
                case PORT -> {
                    if (isDigit(c)) {
                        buffer.append((char) c);
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || (special && c == '\\') || overriding) {
                        if (!buffer.isEmpty()) {
                            int port = 0;
                            for (int i = 0; i < buffer.length(); i++) {
                                port = port * 10 + buffer.charAt(i) - '0';
                                if (port > 65535) {
                                    return false;
                                }
                            }
                            url.port = port == UrlRecord.defaultPort(url.scheme) ? -1 : port;
                            buffer.setLength(0);
                            if (overriding) {
                                return true;
                            }
                        }
                        if (overriding) {
                            return false;
                        }
                        state = PATH_START;
                        p--;
                    } else {
                        return false;
                    }
                }
                case FILE -> {
                    url.scheme = "file";
                    special = true;
                    url.host = "";
                    if (c == '/' || c == '\\') {
                        state = FILE_SLASH;
                    } else if (base != null && base.scheme.equals("file")) {
                        url.host = base.host;
                        url.path = new ArrayList<>(base.path);
                        url.query = base.query;
                        if (c == '?') {
                            url.query = "";
                            state = QUERY;
                        } else if (c == '#') {
                            url.fragment = "";
                            state = FRAGMENT;
                        } else if (c != EOF) {
                            url.query = null;
                            if (!startsWithWindowsDriveLetter(input, p)) {
                                shortenPath(url);
                            } else {
                                url.path = new ArrayList<>();
                            }
                            state = PATH;
                            p--;
                        }
                    } else {
                        state = PATH;
                        p--;
                    }
                }
                case FILE_SLASH -> {
                    if (c == '/' || c == '\\') {
                        state = FILE_HOST;
                    } else {
                        if (base != null && base.scheme.equals("file")) {
                            url.host = base.host;
                            if (!startsWithWindowsDriveLetter(input, p) && !base.path.isEmpty()
                                    && isWindowsDriveLetter(base.path.get(0), true)) {
                                url.path.add(base.path.get(0));
                            }
                        }
                        state = PATH;
                        p--;
                    }
                }
                case FILE_HOST -> {
                    if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {
                        p--;
                        String text = buffer.toString();
                        if (!overriding && isWindowsDriveLetter(text, false)) {
                            // The drive letter quirk: the buffer is kept and becomes the first segment.
                            state = PATH;
                        } else if (text.isEmpty()) {
                            url.host = "";
                            if (overriding) {
                                return true;
                            }
                            state = PATH_START;
                        } else {
                            String host = Hosts.parse(text, !special);
                            if (host == null) {
                                return false;
                            }
                            url.host = host.equals("localhost") ? "" : host;
                            if (overriding) {
                                return true;
                            }
                            buffer.setLength(0);
                            state = PATH_START;
                        }
                    } else {
                        buffer.append((char) c);
                    }
                }
                case PATH_START -> {
                    if (special) {
                        state = PATH;
                        if (c != '/' && c != '\\') {
                            p--;
                        }
                    } else if (!overriding && c == '?') {
                        url.query = "";
                        state = QUERY;
                    } else if (!overriding && c == '#') {
                        url.fragment = "";
                        state = FRAGMENT;
                    } else if (c != EOF) {
                        state = PATH;
                        if (c != '/') {
                            p--;
                        }
                    } else if (overriding && url.host == null) {
                        url.path.add("");
                    }
                }
                case PATH -> {
                    if (c == EOF || c == '/' || (special && c == '\\') || (!overriding && (c == '?' || c == '#'))) {
                        boolean slash = c == '/' || (special && c == '\\');
                        String segment = buffer.toString();
                        if (isDoubleDot(segment)) {
                            shortenPath(url);
                            if (!slash) {
                                url.path.add("");
                            }
                        } else if (isSingleDot(segment)) {
                            if (!slash) {
                                url.path.add("");
                            }
                        } else {
                            if (url.scheme.equals("file") && url.path.isEmpty() && isWindowsDriveLetter(segment, false)) {
                                segment = segment.charAt(0) + ":";
                            }
                            url.path.add(PercentEncoding.encode(segment, PercentEncoding.PATH));
                        }
                        buffer.setLength(0);
                        if (c == '?') {
                            url.query = "";
                            state = QUERY;
                        } else if (c == '#') {
                            url.fragment = "";
                            state = FRAGMENT;
                        }
                    } else {
                        // The rest of the segment at once.
                        int end = p + 1;
                        for (; end < len; end++) {
                            char d = input.charAt(end);
                            if (d == '/' || (special && d == '\\') || (!overriding && (d == '?' || d == '#'))) {
                                break;
                            }
                        }
                        buffer.append(input, p, end);
                        p = end - 1;
                    }
                }
                case OPAQUE_PATH -> {
                    int end = p;
                    while (end < len && input.charAt(end) != '?' && input.charAt(end) != '#') {
                        end++;
                    }
                    String text = PercentEncoding.encode(input, p, end, PercentEncoding.C0_CONTROL);
                    // A space just before the query or fragment is encoded, so that it survives their removal.
                    if (end < len && text.endsWith(" ")) {
                        text = text.substring(0, text.length() - 1) + "%20";
                    }
                    url.opaquePath += text;
                    p = end;
                    if (end >= len) {
                        return true;
                    }
                    if (input.charAt(end) == '?') {
                        url.query = "";
                        state = QUERY;
                    } else {
                        url.fragment = "";
                        state = FRAGMENT;
                    }
                }
                case QUERY -> {
                    int end = overriding ? len : input.indexOf('#', p);
                    if (end == -1) {
                        end = len;
                    }
                    url.query += PercentEncoding.encode(input, p, end,
                            special ? PercentEncoding.SPECIAL_QUERY : PercentEncoding.QUERY);
                    p = end;
                    if (end >= len) {
                        return true;
                    }
                    url.fragment = "";
                    state = FRAGMENT;
                }
                case FRAGMENT -> {
                    url.fragment += PercentEncoding.encode(input, p, Math.max(p, len), PercentEncoding.FRAGMENT);
                    return true;
                }
                default -> throw new IllegalStateException("unknown URL parser state " + state);
            }
            // The state machine ends once the pointer rests on the end of input after a step.
            if (p >= len) {
                return true;
            }
        }
    }
}
