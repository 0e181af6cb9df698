package io.node4j.runtime.bindings;

import io.node4j.runtime.url.Hosts;
import io.node4j.runtime.url.Idna;
import io.node4j.runtime.url.UrlParser;
import io.node4j.runtime.url.UrlRecord;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * {@code internalBinding('url')}: the URL Standard's parser (io.node4j.runtime.url), which
 * lib/internal/url.js wraps as URL, and UTS #46 processing of domain names. The parser is Java,
 * as Node's is C++ (Ada): a JS state machine this size waited seconds for the Graal JIT on a
 * loaded machine and ran in the interpreter meanwhile (bench/README.md, URL parsing).
 */
public final class UrlBinding implements Binding {

    /** The parser states a record's override() starts from, by the names lib/ uses. */
    @Export public final int HOSTNAME = UrlParser.HOSTNAME;
    @Export public final int PORT = UrlParser.PORT;
    @Export public final int PATH_START = UrlParser.PATH_START;
    @Export public final int QUERY = UrlParser.QUERY;
    @Export public final int FRAGMENT = UrlParser.FRAGMENT;

    @Override
    public String name() {
        return "url";
    }

    /** The record of input parsed against base (null for none), or null when either fails. */
    @Export
    public UrlRecord parse(String input, String base) {
        UrlRecord baseRecord = null;
        if (base != null) {
            baseRecord = UrlParser.parse(base, null);
            if (baseRecord == null) {
                return null;
            }
        }
        return UrlParser.parse(input, baseRecord);
    }

    /** The record of input against an existing record (URLPattern resolves against records). */
    @Export
    public UrlRecord parseAgainst(String input, UrlRecord base) {
        return UrlParser.parse(input, base);
    }

    /** An empty record (scheme "", no host, empty path): URLPattern's dummy URL. */
    @Export
    public UrlRecord emptyRecord() {
        return new UrlRecord();
    }

    /** The domain as a special URL's host parser takes it, or null when it is not a valid host. */
    @Export
    public String hostOf(String domain) {
        UrlRecord record = UrlParser.parse("ws://x", null);
        return record.override(domain, UrlParser.HOSTNAME) ? record.hostOrNull() : null;
    }

    /** Lowercasing and UTS #46 alone, as the legacy url.parse applies to hostnames: null for failure. */
    @Export
    public String domainToASCII(String domain) {
        return Hosts.domainToAscii(domain);
    }

    /** UTS #46 ToASCII of a domain, or null when processing reports an error. */
    @Export
    public String toASCII(String domain) {
        return Idna.toAscii(domain);
    }

    /** UTS #46 ToUnicode, label by label, keeping "xn--" labels that do not decode. */
    @Export
    public String toUnicode(String domain) {
        return Idna.toUnicode(domain);
    }
}
