package io.node4j.runtime.bindings;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.loop.WorkRequest;
import io.node4j.loop.dns.Dns;
import io.node4j.loop.dns.DnsClient;
import io.node4j.loop.dns.DnsMessage;
import io.node4j.loop.dns.LookupAddress;
import io.node4j.loop.dns.NameInfo;
import io.node4j.loop.dns.Order;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('dns')}: getaddrinfo/getnameinfo ({@link Dns}) and DNS queries
 * ({@link DnsClient}), each on the loop's thread pool with its callback back on the loop thread.
 * Callbacks get {@code (code, errno, result)}: a null code on success. Query results are JSON text
 * (the records of the asked type, as lib/dns.js shapes them), so one string crosses the boundary.
 */
public final class DnsBinding implements Binding {
    private final Loop loop;
    private final Callbacks callbacks;

    public DnsBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @Override
    public String name() {
        return "dns";
    }

    /** {@code cb(code, errno, [address, family, ...])}. */
    @Export
    public void lookup(String hostname, int family, int hints, String order, Value fn) {
        io.node4j.runtime.Callbacks.Bound cb = callbacks.bind(fn, "GETADDRINFOREQWRAP");
        Order o = switch (order) {
            case "ipv4first" -> Order.IPV4_FIRST;
            case "ipv6first" -> Order.IPV6_FIRST;
            default -> Order.VERBATIM;
        };
        loop.queueWork(() -> Dns.lookup(hostname, family, hints, o), (List<LookupAddress> result, Throwable err) -> {
            if (err != null) {
                reportUv(cb, err);
                return;
            }
            Object[] flat = new Object[result.size() * 2];
            for (int i = 0; i < result.size(); i++) {
                flat[2 * i] = result.get(i).address();
                flat[2 * i + 1] = result.get(i).family();
            }
            callbacks.invoke(cb, null, 0, flat);
        });
    }

    /** {@code cb(code, errno, [hostname, service])}. */
    @Export
    public void lookupService(String address, int port, Value fn) {
        io.node4j.runtime.Callbacks.Bound cb = callbacks.bind(fn, "GETNAMEINFOREQWRAP");
        loop.queueWork(() -> Dns.lookupService(address, port), (NameInfo info, Throwable err) -> {
            if (err != null) {
                reportUv(cb, err);
                return;
            }
            callbacks.invoke(cb, null, 0, new Object[] {info.hostname(), info.service()});
        });
    }

    private void reportUv(io.node4j.runtime.Callbacks.Bound cb, Throwable err) {
        if (err instanceof UvException uv) {
            callbacks.invoke(cb, uv.errno().name(), uv.errno().code(), null);
        } else {
            callbacks.invoke(cb, "EAI_FAIL", -3004, null);
        }
    }

    /** The servers of /etc/resolv.conf as [host, port, ...]. */
    @Export
    public Object[] systemServers() {
        List<Object> out = new ArrayList<>();
        for (InetSocketAddress a : DnsClient.systemServers()) {
            out.add(a.getAddress().getHostAddress());
            out.add(a.getPort());
        }
        return out.toArray();
    }

    /** A pending query, cancellable while it waits in the pool's queue. */
    public static final class Query {
        private final WorkRequest<String> request;

        Query(WorkRequest<String> request) {
            this.request = request;
        }

        @Export
        public void cancel() {
            request.cancel();
        }
    }

    /**
     * Asks {@code servers} ([host, port, ...]) for {@code name}'s records of {@code type};
     * {@code cb(code, null, json)} where json is an array of records (with {@code ttl}).
     */
    @Export
    public Query query(Value servers, String name, int type, int timeoutMs, int tries, Value fn) {
        io.node4j.runtime.Callbacks.Bound cb = callbacks.bind(fn, "QUERYWRAP");
        List<InetSocketAddress> list = new ArrayList<>();
        for (int i = 0; i + 1 < servers.getArraySize(); i += 2) {
            list.add(new InetSocketAddress(InetAddress.ofLiteral(servers.getArrayElement(i).asString()),
                    servers.getArrayElement(i + 1).asInt()));
        }
        WorkRequest<String> request = loop.queueWork(() -> {
            DnsMessage answer = DnsClient.query(list, name, type, timeoutMs, tries);
            String json = toJson(answer, type);
            if (json == null) {
                throw new DnsClient.DnsException("ENODATA");
            }
            return json;
        }, (String json, Throwable err) -> {
            if (err instanceof DnsClient.DnsException e) {
                callbacks.invoke(cb, e.code(), null, null);
            } else if (err instanceof UvException uv) {
                callbacks.invoke(cb, uv.errno() == io.node4j.loop.Errno.ECANCELED ? "ECANCELLED" : "EBADRESP", null,
                        null);
            } else if (err != null) {
                callbacks.invoke(cb, "EBADRESP", null, null);
            } else {
                callbacks.invoke(cb, null, null, json);
            }
        });
        return new Query(request);
    }

    /** The answer's records of {@code type} (every record for ANY) as JSON, or null if none. */
    static String toJson(DnsMessage answer, int type) {
        StringBuilder sb = new StringBuilder("[");
        int n = 0;
        for (DnsMessage.Record r : answer.answers()) {
            if (type != DnsMessage.ANY && r.type() != type) {
                continue;
            }
            String item = recordJson(r);
            if (item == null) {
                continue;
            }
            if (n++ > 0) {
                sb.append(',');
            }
            sb.append(item);
        }
        return n == 0 ? null : sb.append(']').toString();
    }

    private static String recordJson(DnsMessage.Record r) {
        String body = switch (r.data()) {
            case DnsMessage.Address a -> "\"address\":" + q(a.address());
            case DnsMessage.Name nm -> "\"value\":" + q(nm.name());
            case DnsMessage.Mx mx -> "\"priority\":" + mx.priority() + ",\"exchange\":" + q(mx.exchange());
            case DnsMessage.Txt t -> "\"entries\":[" + String.join(",", t.strings().stream().map(DnsBinding::q).toList())
                    + "]";
            case DnsMessage.Srv s -> "\"name\":" + q(s.name()) + ",\"port\":" + s.port() + ",\"priority\":"
                    + s.priority() + ",\"weight\":" + s.weight();
            case DnsMessage.Soa s -> "\"nsname\":" + q(s.nsname()) + ",\"hostmaster\":" + q(s.hostmaster())
                    + ",\"serial\":" + s.serial() + ",\"refresh\":" + s.refresh() + ",\"retry\":" + s.retry()
                    + ",\"expire\":" + s.expire() + ",\"minttl\":" + s.minttl();
            case DnsMessage.Caa c -> "\"critical\":" + c.flags() + ",\"tag\":" + q(c.tag()) + ",\"value\":"
                    + q(c.value());
            case DnsMessage.Naptr n -> "\"flags\":" + q(n.flags()) + ",\"service\":" + q(n.service())
                    + ",\"regexp\":" + q(n.regexp()) + ",\"replacement\":" + q(n.replacement()) + ",\"order\":"
                    + n.order() + ",\"preference\":" + n.preference();
            case DnsMessage.Tlsa t -> "\"certUsage\":" + t.usage() + ",\"selector\":" + t.selector()
                    + ",\"match\":" + t.matchingType() + ",\"data\":" + q(HexFormat.of().formatHex(t.data()));
            case DnsMessage.Raw raw -> null;
        };
        return body == null ? null : "{\"type\":" + r.type() + ",\"ttl\":" + r.ttl() + "," + body + "}";
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
