package io.node4j.runtime.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Java URL parser on its own (the compat suite covers it through URL): hrefs of a case table,
 * host forms, base resolution, file quirks, setters, and the state overrides URLPattern uses.
 * Expected values are what Node 24 prints for the same inputs.
 */
class UrlParserTest {

    private static String href(String input, String base) {
        UrlRecord baseRecord = base == null ? null : UrlParser.parse(base, null);
        if (base != null && baseRecord == null) {
            return null;
        }
        UrlRecord record = UrlParser.parse(input, baseRecord);
        return record == null ? null : record.href();
    }

    @Test
    void parsesAbsoluteUrlsToTheirSerialization() {
        assertEquals("https://user:pass@example.com:8080/p/t?q=1#h",
                href("  HTTPS://user:pass@EXAMPLE.com:8080/p/a/../t?q=1#h\n", null));
        assertEquals("http://example.com/", href("http://example.com:80", null));
        assertEquals("http://example.com/a%20b/%C3%A9?x=%20%27#", href("http://example.com/a b/é?x= '# ", null));
        assertEquals("https://example.com/?x=%27", href("https://example.com?x='", null), "special query set");
        assertEquals("foo://host/?x='", href("foo://host/?x='", null));
        assertEquals("mailto:someone@example.com", href("mailto:someone@example.com", null));
        assertEquals("data:text/plain,a%20?x", href("data:text/plain,a ?x", null));
        assertEquals("git+ssh://git@github.com/org/repo.git", href("git+ssh://git@github.com/org/repo.git", null));
        assertEquals("a:/.//p", href("a:/.//p", null));
    }

    @Test
    void refusesWhatTheStandardRefuses() {
        assertNull(href("not a url", null));
        assertNull(href("http://", null));
        assertNull(href("http://exa mple.com/", null));
        assertNull(href("http://example.com:65536/", null));
        assertNull(href("http://[::1/", null));
        assertNull(href("http://a@/", null));
        assertNull(new io.node4j.runtime.bindings.UrlBinding().parse("https://x/", "nope"),
                "even an absolute input fails against a bad base");
    }

    @Test
    void parsesHostForms() {
        assertEquals("http://127.0.0.1/", href("http://0x7f.1/", null));
        assertEquals("http://127.0.0.1/", href("http://2130706433/", null));
        assertEquals("http://8.8.8.8/", href("http://010.010.010.010/", null));
        assertNull(href("http://256.0.0.1/", null));
        assertNull(href("http://1.2.3.4.5/", null));
        assertEquals("http://[2001:db8::1]/", href("http://[2001:DB8:0:0:0:0:0:1]/", null));
        assertEquals("http://[::ffff:c000:280]/", href("http://[::ffff:192.0.2.128]/", null));
        assertEquals("http://[1:0:0:2::]/", href("http://[1:0:0:2:0:0:0:0]/", null));
        assertEquals("http://xn--mnchen-3ya.de/", href("http://münchen.de/", null));
        assertEquals("http://example.com/", href("http://EXAMPLE.%63om/", null));
        assertEquals("foo://EX%C3%A9/", href("foo://EXé/", null), "opaque hosts keep case and are percent-encoded");
        assertNull(href("http://a<b/", null));
    }

    @Test
    void resolvesAgainstABase() {
        assertEquals("https://example.com/a/other/file.js?x=%20y",
                href("../other/./file.js?x= y", "https://example.com/a/b/c.html"));
        assertEquals("http://h/p?q=search", href("?q=search", "http://h/p"));
        assertEquals("http://h/p#f", href("#f", "http://h/p"));
        assertEquals("https://other.example/x", href("//other.example/x", "https://base.example/y"));
        assertEquals("https://base.example/x", href("\\x", "https://base.example/y/z"));
        assertEquals("mailto:a#b", href("#b", "mailto:a"));
        assertNull(href("x", "mailto:a"));
    }

    @Test
    void appliesTheFileSchemeQuirks() {
        assertEquals("file:///C:/x", href("file:C:\\x", null));
        assertEquals("file:///C:/x", href("file://C|/x", null));
        assertEquals("file:///tmp/x", href("file://localhost/tmp/x", null));
        assertEquals("file:///C:/b", href("/b", "file:///C:/a"));
        assertEquals("file:///C:/", href("..", "file:///C:/"));
        assertEquals("file://host/share", href("file://HOST/share", null));
    }

    @Test
    void settersChangeOnlyWhatTheStandardAllows() {
        UrlRecord url = UrlParser.parse("https://example.com/a?b#c", null);
        url.setProtocol("ftp");
        assertEquals("ftp://example.com/a?b#c", url.href());
        url.setProtocol("foo");
        assertEquals("ftp:", url.protocol(), "a special scheme cannot become a non-special one");
        url.setPort("21");
        assertEquals("", url.port(), "the default port is dropped");
        url.setPort("x8");
        assertEquals("", url.port());
        url.setPort("8080abc");
        assertEquals("8080", url.port());
        url.setHostname("EXAMPLE.org:99");
        assertEquals("example.com", url.hostname(), "a hostname with a port is refused");
        url.setHost("EXAMPLE.org:99");
        assertEquals("example.org:99", url.host());
        url.setUsername("a b");
        url.setPassword("p:w");
        url.setPathname("x y/./z");
        url.setSearch("??q");
        url.setHash("##h");
        assertEquals("ftp://a%20b:p%3Aw@example.org:99/x%20y/z??q##h", url.href());
        assertTrue(url.setHref("mailto:x"));
        assertFalse(url.setHref("::"));
        assertEquals("mailto:x", url.href());
        url.setPathname("/y");
        assertEquals("mailto:x", url.href(), "an opaque path cannot be set");
        url.setQuery("a=1");
        assertEquals("mailto:x?a=1", url.href());
    }

    @Test
    void stateOverridesCanonicalizeOneComponent() {
        UrlRecord dummy = new UrlRecord();
        dummy.setScheme("https");
        assertTrue(dummy.override("EXAMPLE.com", UrlParser.HOSTNAME));
        assertEquals("example.com", dummy.hostname());
        assertFalse(new UrlRecord().override("99999", UrlParser.PORT));
        UrlRecord path = new UrlRecord();
        path.override("/a b/../c?d#e", UrlParser.PATH_START);
        assertEquals("/c%3Fd%23e", path.pathname());
        UrlRecord query = new UrlRecord();
        query.override("a b#c'", UrlParser.QUERY);
        assertEquals("a%20b%23c'", query.query());
        UrlRecord fragment = new UrlRecord();
        fragment.override("a b`", UrlParser.FRAGMENT);
        assertEquals("a%20b%60", fragment.fragment());
    }
}
