package io.node4j.runtime.url;

import java.util.ArrayList;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * A URL record of the URL Standard, with the URL class's getters and setters over it: what a JS
 * URL object holds (lib/internal/url.js keeps one per URL and calls these for each property).
 * The port is -1 when null; the path is a list of segments, or {@code opaquePath} when the URL has
 * an opaque path. The serialized href is cached until the record changes.
 */
public final class UrlRecord {
    String scheme = "";
    String username = "";
    String password = "";
    String host;
    int port = -1;
    ArrayList<String> path = new ArrayList<>();
    String opaquePath;
    String query;
    String fragment;
    private String href;

    static boolean isSpecial(String scheme) {
        return switch (scheme) {
            case "ftp", "file", "http", "https", "ws", "wss" -> true;
            default -> false;
        };
    }

    /** The special scheme's default port, or -2 (matching no port) for other schemes and file. */
    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "ftp" -> 21;
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -2;
        };
    }

    boolean includesCredentials() {
        return !username.isEmpty() || !password.isEmpty();
    }

    private boolean cannotHaveCredentialsOrPort() {
        return host == null || host.isEmpty() || scheme.equals("file");
    }

    // ---- getters ----

    @Export
    public String href() {
        if (href == null) {
            href = serialize(false);
        }
        return href;
    }

    /** The serialization, without the fragment when excludeFragment. */
    String serialize(boolean excludeFragment) {
        StringBuilder out = new StringBuilder(64).append(scheme).append(':');
        if (host != null) {
            out.append("//");
            if (includesCredentials()) {
                out.append(username);
                if (!password.isEmpty()) {
                    out.append(':').append(password);
                }
                out.append('@');
            }
            out.append(host);
            if (port >= 0) {
                out.append(':').append(port);
            }
        } else if (opaquePath == null && path.size() > 1 && path.get(0).isEmpty()) {
            out.append("/.");
        }
        appendPath(out);
        if (query != null) {
            out.append('?').append(query);
        }
        if (!excludeFragment && fragment != null) {
            out.append('#').append(fragment);
        }
        return out.toString();
    }

    private void appendPath(StringBuilder out) {
        if (opaquePath != null) {
            out.append(opaquePath);
            return;
        }
        for (String segment : path) {
            out.append('/').append(segment);
        }
    }

    @Export
    public String origin() {
        switch (scheme) {
            case "blob": {
                UrlRecord inner = UrlParser.parse(pathname(), null);
                if (inner != null && (inner.scheme.equals("http") || inner.scheme.equals("https"))) {
                    return inner.origin();
                }
                return "null";
            }
            case "ftp", "http", "https", "ws", "wss":
                return scheme + "://" + host + (port >= 0 ? ":" + port : "");
            default:
                return "null";
        }
    }

    @Export
    public String protocol() {
        return scheme + ":";
    }

    @Export
    public String scheme() {
        return scheme;
    }

    @Export
    public String username() {
        return username;
    }

    @Export
    public String password() {
        return password;
    }

    @Export
    public String host() {
        if (host == null) {
            return "";
        }
        return port < 0 ? host : host + ":" + port;
    }

    @Export
    public String hostname() {
        return host == null ? "" : host;
    }

    /** The host, or null when the URL has none (not the same as an empty host). */
    @Export
    public String hostOrNull() {
        return host;
    }

    @Export
    public String port() {
        return port < 0 ? "" : Integer.toString(port);
    }

    /** The port, or -1 when it is null. */
    @Export
    public int portNumber() {
        return port;
    }

    @Export
    public String pathname() {
        if (opaquePath != null) {
            return opaquePath;
        }
        StringBuilder out = new StringBuilder();
        appendPath(out);
        return out.toString();
    }

    @Export
    public boolean hasOpaquePath() {
        return opaquePath != null;
    }

    @Export
    public String search() {
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    /** The query, or null when the URL has none. */
    @Export
    public String query() {
        return query;
    }

    @Export
    public String hash() {
        return fragment == null || fragment.isEmpty() ? "" : "#" + fragment;
    }

    /** The fragment, or null when the URL has none. */
    @Export
    public String fragment() {
        return fragment;
    }

    // ---- setters (the URL class's; values are USVStrings already) ----

    /** Replaces the whole record with the parse of value; false (and no change) when it fails. */
    @Export
    public boolean setHref(String value) {
        UrlRecord parsed = UrlParser.parse(value, null);
        if (parsed == null) {
            return false;
        }
        scheme = parsed.scheme;
        username = parsed.username;
        password = parsed.password;
        host = parsed.host;
        port = parsed.port;
        path = parsed.path;
        opaquePath = parsed.opaquePath;
        query = parsed.query;
        fragment = parsed.fragment;
        href = parsed.href;
        return true;
    }

    @Export
    public void setProtocol(String value) {
        href = null;
        UrlParser.override(value + ":", this, UrlParser.SCHEME_START);
    }

    @Export
    public void setUsername(String value) {
        if (cannotHaveCredentialsOrPort()) {
            return;
        }
        href = null;
        username = PercentEncoding.encode(value, PercentEncoding.USERINFO);
    }

    @Export
    public void setPassword(String value) {
        if (cannotHaveCredentialsOrPort()) {
            return;
        }
        href = null;
        password = PercentEncoding.encode(value, PercentEncoding.USERINFO);
    }

    @Export
    public void setHost(String value) {
        if (opaquePath != null) {
            return;
        }
        href = null;
        UrlParser.override(value, this, UrlParser.HOST);
    }

    @Export
    public void setHostname(String value) {
        if (opaquePath != null) {
            return;
        }
        href = null;
        UrlParser.override(value, this, UrlParser.HOSTNAME);
    }

    @Export
    public void setPort(String value) {
        if (cannotHaveCredentialsOrPort()) {
            return;
        }
        href = null;
        if (value.isEmpty()) {
            port = -1;
        } else {
            UrlParser.override(value, this, UrlParser.PORT);
        }
    }

    @Export
    public void setPathname(String value) {
        if (opaquePath != null) {
            return;
        }
        href = null;
        path = new ArrayList<>();
        UrlParser.override(value, this, UrlParser.PATH_START);
    }

    @Export
    public void setSearch(String value) {
        href = null;
        if (value.isEmpty()) {
            query = null;
            return;
        }
        query = "";
        UrlParser.override(value.charAt(0) == '?' ? value.substring(1) : value, this, UrlParser.QUERY);
    }

    /** Sets the query as URLSearchParams serialized it (already encoded), or null for none. */
    @Export
    public void setQuery(String value) {
        href = null;
        query = value;
    }

    @Export
    public void setHash(String value) {
        href = null;
        if (value.isEmpty()) {
            fragment = null;
            return;
        }
        fragment = "";
        UrlParser.override(value.charAt(0) == '#' ? value.substring(1) : value, this, UrlParser.FRAGMENT);
    }

    // ---- for node:url's helpers and URLPattern ----

    /** Parses input into this record from a state override (URLPattern's canonicalization). */
    @Export
    public boolean override(String input, int state) {
        href = null;
        if (state == UrlParser.QUERY && query == null) {
            query = "";
        } else if (state == UrlParser.FRAGMENT && fragment == null) {
            fragment = "";
        }
        return UrlParser.override(input, this, state);
    }

    /** Sets the scheme directly (URLPattern's dummy URLs). */
    @Export
    public void setScheme(String value) {
        href = null;
        scheme = value;
    }

    /** The href without the parts url.format(URL, options) turns off; unicode hosts through UTS #46. */
    @Export
    public String format(boolean withFragment, boolean unicode, boolean withSearch, boolean withAuth) {
        UrlRecord copy = copy();
        if (!withFragment) {
            copy.fragment = null;
        }
        if (!withSearch) {
            copy.query = null;
        }
        if (!withAuth) {
            copy.username = "";
            copy.password = "";
        }
        if (unicode && copy.host != null && !copy.host.isEmpty() && copy.host.charAt(0) != '[') {
            copy.host = Idna.toUnicode(copy.host);
        }
        return copy.serialize(false);
    }

    @Export
    public UrlRecord copy() {
        UrlRecord copy = new UrlRecord();
        copy.scheme = scheme;
        copy.username = username;
        copy.password = password;
        copy.host = host;
        copy.port = port;
        copy.path = new ArrayList<>(path);
        copy.opaquePath = opaquePath;
        copy.query = query;
        copy.fragment = fragment;
        copy.href = href;
        return copy;
    }
}
