package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.shadowed.com.ibm.icu.text.IDNA;

/**
 * {@code internalBinding('url')}: UTS #46 processing of domain names, which the URL parser
 * (lib/internal/url.js) needs for hosts that are not plain ASCII or carry "xn--" labels.
 *
 * <p>The ICU4J that GraalJS bundles (module org.graalvm.shadowed.icu4j) does the work; it exports
 * its packages to org.graalvm.js only, so the launcher adds an export of the text package to the
 * unnamed module (runtime/pom.xml, node4j.jvmArgs). Flags are the WHATWG URL Standard's:
 * CheckBidi and CheckJoiners on, Transitional_Processing and UseSTD3ASCIIRules off; CheckHyphens
 * and VerifyDnsLength off, so the errors ICU always reports for those are ignored here.
 */
public final class UrlBinding implements Binding {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    /** Errors that belong to CheckHyphens or VerifyDnsLength, both off in the URL Standard. */
    private static final java.util.Set<IDNA.Error> IGNORED = java.util.EnumSet.of(
            IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG,
            IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4);

    @Override
    public String name() {
        return "url";
    }

    /** UTS #46 ToASCII of a domain, or null when processing reports an error. */
    @Export
    public String toASCII(String domain) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder out = UTS46.nameToASCII(domain, new StringBuilder(domain.length() + 8), info);
        return failed(info) ? null : out.toString();
    }

    /** UTS #46 ToUnicode of a domain; labels that do not decode are kept as they were. */
    @Export
    public String toUnicode(String domain) {
        IDNA.Info info = new IDNA.Info();
        return UTS46.nameToUnicode(domain, new StringBuilder(domain.length()), info).toString();
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
