package io.node4j.loop;

import java.net.Inet6Address;
import java.net.NetworkInterface;

/** Addresses as text, the way the C library writes them (what Node shows). */
public final class InetText {
    private InetText() {}

    /**
     * An IPv6 address as inet_ntop writes it (RFC 5952): lower-case hex, leading zeros dropped, the
     * longest run of two or more zero groups as "::", and the scope as "%scope".
     */
    public static String ipv6(Inet6Address address) {
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        StringBuilder sb = new StringBuilder(ipv6(groups));
        NetworkInterface nif = address.getScopedInterface();
        if (nif != null) {
            sb.append('%').append(nif.getName());
        } else if (address.getScopeId() != 0) {
            sb.append('%').append(address.getScopeId());
        }
        return sb.toString();
    }

    /**
     * Eight 16-bit groups as RFC 5952 text (the URL Standard's IPv6 serializer is the same rule):
     * lower-case hex, leading zeros dropped, the first longest run of two or more zero groups as "::".
     */
    public static String ipv6(int[] groups) {
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        StringBuilder sb = new StringBuilder(40);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }
}
