package io.node4j.loop.dns;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A DNS message (RFC 1035 §4) with the record types Node's resolver reads: encoding (with name
 * compression) and decoding (following compression pointers, with loop and bounds checks).
 *
 * <p>Record data is kept as {@link Rdata} variants, one per type; types this class does not know
 * keep their raw bytes.
 */
public record DnsMessage(int id, int flags, List<Question> questions, List<Record> answers,
        List<Record> authorities, List<Record> additionals) {

    public static final int A = 1, NS = 2, CNAME = 5, SOA = 6, PTR = 12, MX = 15, TXT = 16, AAAA = 28,
            SRV = 33, NAPTR = 35, TLSA = 52, ANY = 255, CAA = 257;
    public static final int CLASS_IN = 1;
    /** Header flag bits. */
    public static final int QR = 0x8000, TC = 0x0200, RD = 0x0100, RA = 0x0080;
    /** Response codes (the low 4 bits of the flags). */
    public static final int NOERROR = 0, FORMERR = 1, SERVFAIL = 2, NXDOMAIN = 3, NOTIMP = 4, REFUSED = 5;

    public record Question(String name, int type, int cls) {
    }

    public record Record(String name, int type, int cls, long ttl, Rdata data) {
    }

    /** The data of one record, by type. */
    public sealed interface Rdata {
    }

    /** A and AAAA: the address as text (IPv6 in RFC 5952 form). */
    public record Address(String address) implements Rdata {
    }

    /** NS, CNAME, PTR: one domain name. */
    public record Name(String name) implements Rdata {
    }

    public record Mx(int priority, String exchange) implements Rdata {
    }

    public record Txt(List<String> strings) implements Rdata {
    }

    public record Srv(int priority, int weight, int port, String name) implements Rdata {
    }

    public record Soa(String nsname, String hostmaster, long serial, long refresh, long retry, long expire,
            long minttl) implements Rdata {
    }

    public record Caa(int flags, String tag, String value) implements Rdata {
    }

    public record Naptr(int order, int preference, String flags, String service, String regexp,
            String replacement) implements Rdata {
    }

    public record Tlsa(int usage, int selector, int matchingType, byte[] data) implements Rdata {
    }

    public record Raw(byte[] bytes) implements Rdata {
    }

    /** Thrown for a message that cannot be decoded (Node's EBADRESP). */
    public static final class MalformedException extends RuntimeException {
        public MalformedException(String message) {
            super(message);
        }
    }

    public int rcode() {
        return flags & 0xf;
    }

    public boolean truncated() {
        return (flags & TC) != 0;
    }

    /** A recursive query for one name and type. */
    public static DnsMessage query(int id, String name, int type) {
        return new DnsMessage(id, RD, List.of(new Question(name, type, CLASS_IN)), List.of(), List.of(), List.of());
    }

    // ---- encoding ----

    public byte[] encode() {
        Writer w = new Writer();
        w.u16(id);
        w.u16(flags);
        w.u16(questions.size());
        w.u16(answers.size());
        w.u16(authorities.size());
        w.u16(additionals.size());
        for (Question q : questions) {
            w.name(q.name());
            w.u16(q.type());
            w.u16(q.cls());
        }
        for (List<Record> section : List.of(answers, authorities, additionals)) {
            for (Record r : section) {
                w.record(r);
            }
        }
        return w.out.toByteArray();
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<String, Integer> offsets = new HashMap<>();

        void u8(int v) {
            out.write(v);
        }

        void u16(int v) {
            out.write(v >> 8);
            out.write(v);
        }

        void u32(long v) {
            u16((int) (v >> 16) & 0xffff);
            u16((int) v & 0xffff);
        }

        void bytes(byte[] b) {
            out.writeBytes(b);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u8(Math.min(255, b.length));
            out.write(b, 0, Math.min(255, b.length));
        }

        /** A domain name, pointing back to an earlier copy of any suffix (RFC 1035 §4.1.4). */
        void name(String name) {
            name(name, true);
        }

        /**
         * A domain name, compressed or not: the names inside SRV and NAPTR data must not be
         * (RFC 2782, RFC 3597 §4), and c-ares rejects answers where they are.
         */
        void name(String name, boolean compress) {
            String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            while (!n.isEmpty()) {
                Integer at = compress ? offsets.get(n.toLowerCase(Locale.ROOT)) : null;
                if (at != null) {
                    u16(0xc000 | at);
                    return;
                }
                if (out.size() < 0x3fff) {
                    offsets.put(n.toLowerCase(Locale.ROOT), out.size());
                }
                int dot = n.indexOf('.');
                String label = dot < 0 ? n : n.substring(0, dot);
                byte[] b = label.getBytes(StandardCharsets.UTF_8);
                if (b.length == 0 || b.length > 63) {
                    throw new IllegalArgumentException("bad label in " + name);
                }
                u8(b.length);
                bytes(b);
                n = dot < 0 ? "" : n.substring(dot + 1);
            }
            u8(0);
        }

        void record(Record r) {
            name(r.name());
            u16(r.type());
            u16(r.cls());
            u32(r.ttl());
            int lengthAt = out.size();
            u16(0);
            int start = out.size();
            switch (r.data()) {
                case Address a -> bytes(addressBytes(a.address()));
                case Name n -> name(n.name());
                case Mx m -> {
                    u16(m.priority());
                    name(m.exchange());
                }
                case Txt t -> t.strings().forEach(this::string);
                case Srv s -> {
                    u16(s.priority());
                    u16(s.weight());
                    u16(s.port());
                    name(s.name(), false);
                }
                case Soa s -> {
                    name(s.nsname());
                    name(s.hostmaster());
                    u32(s.serial());
                    u32(s.refresh());
                    u32(s.retry());
                    u32(s.expire());
                    u32(s.minttl());
                }
                case Caa c -> {
                    u8(c.flags());
                    string(c.tag());
                    bytes(c.value().getBytes(StandardCharsets.UTF_8));
                }
                case Naptr n -> {
                    u16(n.order());
                    u16(n.preference());
                    string(n.flags());
                    string(n.service());
                    string(n.regexp());
                    name(n.replacement(), false);
                }
                case Tlsa t -> {
                    u8(t.usage());
                    u8(t.selector());
                    u8(t.matchingType());
                    bytes(t.data());
                }
                case Raw raw -> bytes(raw.bytes());
            }
            byte[] all = out.toByteArray();
            int len = all.length - start;
            all[lengthAt] = (byte) (len >> 8);
            all[lengthAt + 1] = (byte) len;
            out.reset();
            out.writeBytes(all);
        }
    }

    private static byte[] addressBytes(String text) {
        try {
            return InetAddress.ofLiteral(text).getAddress();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }

    // ---- decoding ----

    public static DnsMessage decode(byte[] msg) {
        Reader r = new Reader(msg);
        int id = r.u16();
        int flags = r.u16();
        int qd = r.u16();
        int an = r.u16();
        int ns = r.u16();
        int ar = r.u16();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < qd; i++) {
            questions.add(new Question(r.name(), r.u16(), r.u16()));
        }
        List<Record> answers = r.records(an);
        List<Record> authorities = r.records(ns);
        List<Record> additionals = r.records(ar);
        return new DnsMessage(id, flags, questions, answers, authorities, additionals);
    }

    private static final class Reader {
        final byte[] b;
        int pos;

        Reader(byte[] b) {
            this.b = b;
        }

        void need(int n) {
            if (pos + n > b.length) {
                throw new MalformedException("message ends early");
            }
        }

        int u8() {
            need(1);
            return b[pos++] & 0xff;
        }

        int u16() {
            need(2);
            int v = ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff);
            pos += 2;
            return v;
        }

        long u32() {
            return ((long) u16() << 16) | u16();
        }

        byte[] bytes(int n) {
            need(n);
            byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        String string() {
            int n = u8();
            return new String(bytes(n), StandardCharsets.UTF_8);
        }

        /** A domain name at the current position; pointers are followed, at most 128 hops. */
        String name() {
            StringBuilder sb = new StringBuilder();
            int at = pos;
            int end = -1;
            for (int hops = 0; ; ) {
                if (at >= b.length) {
                    throw new MalformedException("name runs past the message");
                }
                int len = b[at] & 0xff;
                if ((len & 0xc0) == 0xc0) {
                    if (at + 1 >= b.length || ++hops > 128) {
                        throw new MalformedException("bad compression pointer");
                    }
                    if (end < 0) {
                        end = at + 2;
                    }
                    at = ((len & 0x3f) << 8) | (b[at + 1] & 0xff);
                    continue;
                }
                if ((len & 0xc0) != 0) {
                    throw new MalformedException("bad label type");
                }
                if (len == 0) {
                    pos = end < 0 ? at + 1 : end;
                    return sb.toString();
                }
                if (at + 1 + len > b.length) {
                    throw new MalformedException("label runs past the message");
                }
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(new String(b, at + 1, len, StandardCharsets.UTF_8));
                at += 1 + len;
            }
        }

        List<Record> records(int count) {
            List<Record> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = name();
                int type = u16();
                int cls = u16();
                long ttl = u32();
                int len = u16();
                need(len);
                int end = pos + len;
                Rdata data = rdata(type, len);
                if (pos != end) {
                    throw new MalformedException("record data length mismatch");
                }
                out.add(new Record(name, type, cls, ttl, data));
            }
            return out;
        }

        Rdata rdata(int type, int len) {
            int end = pos + len;
            return switch (type) {
                case A, AAAA -> {
                    if (len != (type == A ? 4 : 16)) {
                        throw new MalformedException("bad address length");
                    }
                    try {
                        InetAddress a = InetAddress.getByAddress(bytes(len));
                        yield new Address(type == A ? a.getHostAddress() : Dns.formatIpv6((java.net.Inet6Address) a));
                    } catch (UnknownHostException e) {
                        throw new MalformedException("bad address");
                    }
                }
                case NS, CNAME, PTR -> new Name(name());
                case MX -> new Mx(u16(), name());
                case TXT -> {
                    List<String> parts = new ArrayList<>();
                    while (pos < end) {
                        parts.add(string());
                    }
                    yield new Txt(parts);
                }
                case SRV -> new Srv(u16(), u16(), u16(), name());
                case SOA -> new Soa(name(), name(), u32(), u32(), u32(), u32(), u32());
                case CAA -> {
                    int flags = u8();
                    String tag = string();
                    yield new Caa(flags, tag, new String(bytes(end - pos), StandardCharsets.UTF_8));
                }
                case NAPTR -> new Naptr(u16(), u16(), string(), string(), string(), name());
                case TLSA -> new Tlsa(u8(), u8(), u8(), bytes(end - pos));
                default -> new Raw(bytes(len));
            };
        }
    }
}
