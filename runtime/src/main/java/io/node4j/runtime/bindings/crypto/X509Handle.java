package io.node4j.runtime.bindings.crypto;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/** One X.509 certificate (the JDK's CertificateFactory parses it), with its fields as OpenSSL prints them. */
public final class X509Handle {
    private static final DateTimeFormatter OPENSSL_TIME =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Map<String, String> OID_NAMES = Map.of(
            "1.2.840.113549.1.9.1", "emailAddress", "2.5.4.5", "serialNumber", "2.5.4.42", "GN",
            "2.5.4.4", "SN", "2.5.4.12", "title");

    private final X509Certificate cert;

    private X509Handle(X509Certificate cert) {
        this.cert = cert;
    }

    /** From PEM text or DER bytes; throws when they do not hold a certificate. */
    public static X509Handle parse(byte[] data) throws Exception {
        CertificateFactory f = CertificateFactory.getInstance("X.509");
        return new X509Handle((X509Certificate) f.generateCertificate(new ByteArrayInputStream(data)));
    }

    private static String name(javax.security.auth.x500.X500Principal p) {
        try {
            LdapName ldap = new LdapName(p.getName(javax.security.auth.x500.X500Principal.RFC2253, OID_NAMES));
            StringBuilder sb = new StringBuilder();
            for (Rdn rdn : ldap.getRdns()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(rdn.getType()).append('=').append(rdn.getValue());
            }
            return sb.toString();
        } catch (javax.naming.InvalidNameException e) {
            return p.getName();
        }
    }

    @Export
    public String subject() {
        return name(cert.getSubjectX500Principal());
    }

    @Export
    public String issuer() {
        return name(cert.getIssuerX500Principal());
    }

    /** [[type, value]...] of the subject alternative names (types as OpenSSL prints them). */
    @Export
    public String[][] altNames() throws Exception {
        var names = cert.getSubjectAlternativeNames();
        if (names == null) {
            return null;
        }
        List<String[]> out = new ArrayList<>();
        for (List<?> n : names) {
            int type = (Integer) n.get(0);
            String label = switch (type) {
                case 1 -> "email";
                case 2 -> "DNS";
                case 6 -> "URI";
                case 7 -> "IP Address";
                default -> null;
            };
            if (label != null && n.get(1) instanceof String v) {
                out.add(new String[] {label, v});
            }
        }
        return out.toArray(new String[0][]);
    }

    @Export
    public String validFrom() {
        return OPENSSL_TIME.format(cert.getNotBefore().toInstant());
    }

    @Export
    public String validTo() {
        return OPENSSL_TIME.format(cert.getNotAfter().toInstant());
    }

    @Export
    public double validFromMillis() {
        return cert.getNotBefore().getTime();
    }

    @Export
    public double validToMillis() {
        return cert.getNotAfter().getTime();
    }

    @Export
    public String fingerprint(String algorithm) throws Exception {
        byte[] d = MessageDigest.getInstance(algorithm).digest(cert.getEncoded());
        StringBuilder sb = new StringBuilder();
        for (byte b : d) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(String.format("%02X", b & 0xff));
        }
        return sb.toString();
    }

    @Export
    public String serialNumber() {
        String hex = cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 1 ? "0" + hex : hex;
    }

    @Export
    public boolean ca() {
        return cert.getBasicConstraints() != -1;
    }

    @Export
    public String[] extKeyUsage() throws Exception {
        List<String> u = cert.getExtendedKeyUsage();
        return u == null ? null : u.toArray(new String[0]);
    }

    @Export
    public String sigAlgName() {
        return cert.getSigAlgName();
    }

    @Export
    public String sigAlgOid() {
        return cert.getSigAlgOID();
    }

    @Export
    public ByteBuffer raw() throws Exception {
        return Bytes.out(cert.getEncoded());
    }

    @Export
    public String pem() throws Exception {
        return KeyHandle.pem("CERTIFICATE", cert.getEncoded());
    }

    @Export
    public ByteBuffer publicKeyDer() {
        return Bytes.out(cert.getPublicKey().getEncoded());
    }

    @Export
    public boolean verify(KeyHandle key) {
        try {
            cert.verify(key.publicKey);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether {@code other} issued this certificate: names match and its key verifies our signature. */
    @Export
    public boolean issuedBy(X509Handle other) {
        if (!cert.getIssuerX500Principal().equals(other.cert.getSubjectX500Principal())) {
            return false;
        }
        try {
            cert.verify(other.cert.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Export
    public boolean matchesPrivateKey(KeyHandle key) {
        try {
            return KeyHandle.ofPublic(cert.getPublicKey()).equalsKey(key.toPublic());
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    public static X509Handle of(Value data) throws Exception {
        return parse(Bytes.of(data));
    }
}
