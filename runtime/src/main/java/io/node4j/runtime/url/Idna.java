package io.node4j.runtime.url;

import org.graalvm.shadowed.com.ibm.icu.text.IDNA;
import org.graalvm.shadowed.com.ibm.icu.text.Normalizer2;

/**
 * UTS #46 processing of domain names for the URL parser and node:url's domainToASCII/Unicode.
 *
 * <p>The ICU4J that GraalJS bundles (module org.graalvm.shadowed.icu4j) does the work; it exports
 * its packages to org.graalvm.js only, so the launcher adds an export of the text package to the
 * unnamed module (runtime/pom.xml, node4j.jvmArgs). Flags are the WHATWG URL Standard's:
 * CheckBidi and CheckJoiners on, Transitional_Processing and UseSTD3ASCIIRules off; CheckHyphens
 * and VerifyDnsLength off, so the errors ICU always reports for those are ignored here.
 */
public final class Idna {
    private Idna() {
    }

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    /** Errors that belong to CheckHyphens or VerifyDnsLength, both off in the URL Standard. */
    private static final java.util.Set<IDNA.Error> IGNORED = java.util.EnumSet.of(
            IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG,
            IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4);

    /** The UTS #46 mapping and normalization step alone, for the per-label path below. */
    private static final Normalizer2 MAPPING = Normalizer2.getInstance(null, "uts46", Normalizer2.Mode.COMPOSE);

    /**
     * UTS #46 ToASCII of a domain, or null when processing reports an error. Node's URL parser
     * (Ada) checks an "xn--" label only for being valid Punycode, not what it decodes to; ICU
     * validates the decoded label too, so a domain ICU rejects is retried label by label.
     */
    public static String toAscii(String domain) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder out = UTS46.nameToASCII(domain, new StringBuilder(domain.length() + 8), info);
        if (!failed(info)) {
            return out.toString();
        }
        String mapped = MAPPING.normalize(domain);
        if (!mapped.contains("xn--")) {
            return null;
        }
        StringBuilder result = new StringBuilder(mapped.length() + 8);
        for (String label : mapped.split("\\.", -1)) {
            if (label.startsWith("xn--")) {
                if (!isPunycode(label.substring(4))) {
                    return null;
                }
                result.append(label);
            } else {
                IDNA.Info labelInfo = new IDNA.Info();
                StringBuilder ascii = UTS46.labelToASCII(label, new StringBuilder(), labelInfo);
                if (failed(labelInfo)) {
                    return null;
                }
                result.append(ascii);
            }
            result.append('.');
        }
        result.setLength(result.length() - 1);
        return result.toString();
    }

    /** Whether text decodes as RFC 3492 Punycode (ASCII only, no overflow, digits in range). */
    static boolean isPunycode(String text) {
        final int base = 36;
        int delimiter = text.lastIndexOf('-');
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        long n = 128;
        long i = 0;
        int bias = 72;
        long length = Math.max(delimiter, 0);
        for (int in = delimiter > 0 ? delimiter + 1 : 0; in < text.length(); ) {
            long oldi = i;
            long w = 1;
            for (int k = base; ; k += base) {
                if (in >= text.length()) {
                    return false;
                }
                int digit = digitValue(text.charAt(in++));
                if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
                    return false;
                }
                i += digit * w;
                int t = k <= bias ? 1 : Math.min(k - bias, 26);
                if (digit < t) {
                    break;
                }
                if (w > Integer.MAX_VALUE / (base - t)) {
                    return false;
                }
                w *= base - t;
            }
            length++;
            bias = adapt(i - oldi, length, oldi == 0);
            if (i / length > Integer.MAX_VALUE - n) {
                return false;
            }
            n += i / length;
            i %= length;
            if (n > 0x10FFFF) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return -1;
    }

    private static int adapt(long delta, long points, boolean first) {
        delta = first ? delta / 700 : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((36 - 1) * 26) / 2) {
            delta /= 36 - 1;
            k += 36;
        }
        return (int) (k + (36 * delta) / (delta + 38));
    }

    /**
     * UTS #46 ToUnicode of an ASCII domain, label by label: an "xn--" label that does not decode to
     * a valid label is kept as it was (as Node's domainToUnicode does).
     */
    public static String toUnicode(String domain) {
        StringBuilder result = new StringBuilder(domain.length());
        boolean first = true;
        for (String label : domain.split("\\.", -1)) {
            if (!first) {
                result.append('.');
            }
            first = false;
            if (label.regionMatches(true, 0, "xn--", 0, 4)) {
                IDNA.Info info = new IDNA.Info();
                StringBuilder decoded = UTS46.labelToUnicode(label, new StringBuilder(), info);
                result.append(failed(info) ? label : decoded);
            } else {
                result.append(label);
            }
        }
        return result.toString();
    }

    private static boolean failed(IDNA.Info info) {
        if (!info.hasErrors()) {
            return false;
        }
        for (IDNA.Error error : info.getErrors()) {
            if (!IGNORED.contains(error)) {
                return true;
            }
        }
        return false;
    }
}
