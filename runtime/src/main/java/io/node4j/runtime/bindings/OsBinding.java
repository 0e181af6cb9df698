package io.node4j.runtime.bindings;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;

import io.node4j.loop.InetText;

/**
 * {@code internalBinding('os')}: facts of the machine, read where Linux keeps them (/proc, /etc/passwd)
 * and from the JDK's network interface list. Lists are flat arrays lib/os.js shapes into Node's objects.
 */
public final class OsBinding implements Binding {

    @Override
    public String name() {
        return "os";
    }

    @Export
    public String hostname() {
        return firstLine("/proc/sys/kernel/hostname", "localhost");
    }

    @Export
    public String release() {
        return firstLine("/proc/sys/kernel/osrelease", System.getProperty("os.version"));
    }

    @Export
    public String version() {
        return firstLine("/proc/sys/kernel/version", "");
    }

    /** Seconds since boot, with the fraction /proc/uptime gives. */
    @Export
    public double uptime() {
        return Double.parseDouble(firstLine("/proc/uptime", "0 0").split(" ")[0]);
    }

    @Export
    public double[] loadavg() {
        String[] f = firstLine("/proc/loadavg", "0 0 0").split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    }

    /** [total, available] memory in bytes (MemAvailable, as libuv reports free memory). */
    @Export
    public double[] memory() {
        double total = 0;
        double available = 0;
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                total = kib(line);
            } else if (line.startsWith("MemAvailable:")) {
                available = kib(line);
            }
        }
        return new double[] {total, available};
    }

    /**
     * Per CPU: model, speed (MHz, 0 if unknown), then user, nice, sys, idle, irq in milliseconds, as a
     * flat array of 7 values per CPU.
     */
    @Export
    public Object[] cpus() {
        List<String> models = new ArrayList<>();
        List<Double> speeds = new ArrayList<>();
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                models.add(line.substring(line.indexOf(':') + 1).strip());
            } else if (line.startsWith("cpu MHz")) {
                speeds.add(Math.floor(Double.parseDouble(line.substring(line.indexOf(':') + 1).strip())));
            }
        }
        List<Object> out = new ArrayList<>();
        int cpu = 0;
        for (String line : lines("/proc/stat")) {
            if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                continue;
            }
            String[] f = line.split("\\s+");
            double msPerTick = 10; // USER_HZ is 100 on Linux
            out.add(cpu < models.size() ? models.get(cpu) : "unknown");
            out.add(cpu < speeds.size() ? speeds.get(cpu) : 0.0);
            out.add(Long.parseLong(f[1]) * msPerTick);
            out.add(Long.parseLong(f[2]) * msPerTick);
            out.add(Long.parseLong(f[3]) * msPerTick);
            out.add(Long.parseLong(f[4]) * msPerTick);
            out.add(Long.parseLong(f[6]) * msPerTick);
            cpu++;
        }
        return out.toArray();
    }

    /** [uid, gid, username, homedir, shell] of the current user, from /proc and /etc/passwd. */
    @Export
    public Object[] userInfo() {
        long uid = -1;
        long gid = -1;
        for (String line : lines("/proc/self/status")) {
            String[] f = line.split("\\s+");
            if (line.startsWith("Uid:")) {
                uid = Long.parseLong(f[2]);
            } else if (line.startsWith("Gid:")) {
                gid = Long.parseLong(f[2]);
            }
        }
        for (String line : lines("/etc/passwd")) {
            String[] f = line.split(":", -1);
            if (f.length >= 7 && f[2].equals(Long.toString(uid))) {
                return new Object[] {(double) uid, (double) gid, f[0], f[5], f[6]};
            }
        }
        return new Object[] {(double) uid, (double) gid, System.getProperty("user.name"),
                System.getProperty("user.home"), null};
    }

    /** The nice value of a process (0 = this one), or null if there is no such process. */
    @Export
    public Double getPriority(double pid) {
        String which = pid == 0 ? "self" : Long.toString((long) pid);
        try {
            String stat = Files.readString(Path.of("/proc", which, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Double.parseDouble(f[16]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** setpriority(PRIO_PROCESS, pid, priority): 0, or the errno of the failed call. */
    @Export
    public int setPriority(double pid, int priority) {
        return SetPriority.INSTANCE == null ? 38 : SetPriority.INSTANCE.call((int) pid, priority);
    }

    /** libc's setpriority through the foreign-function API, with errno captured after the call. */
    private static final class SetPriority {
        static final SetPriority INSTANCE = load();
        private final java.lang.invoke.MethodHandle handle;
        private final java.lang.foreign.StructLayout state;
        private final java.lang.invoke.VarHandle errno;

        private SetPriority(java.lang.invoke.MethodHandle handle, java.lang.foreign.StructLayout state) {
            this.handle = handle;
            this.state = state;
            this.errno = state.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
        }

        @SuppressWarnings("restricted") // the launcher enables native access for node4j
        static SetPriority load() {
            try {
                java.lang.foreign.Linker linker = java.lang.foreign.Linker.nativeLinker();
                var address = linker.defaultLookup().find("setpriority").orElse(null);
                if (address == null) {
                    return null;
                }
                var layout = java.lang.foreign.Linker.Option.captureStateLayout();
                var handle = linker.downcallHandle(address, java.lang.foreign.FunctionDescriptor.of(
                        java.lang.foreign.ValueLayout.JAVA_INT, java.lang.foreign.ValueLayout.JAVA_INT,
                        java.lang.foreign.ValueLayout.JAVA_INT, java.lang.foreign.ValueLayout.JAVA_INT),
                        java.lang.foreign.Linker.Option.captureCallState("errno"));
                return new SetPriority(handle, layout);
            } catch (IllegalCallerException | UnsupportedOperationException e) {
                return null;
            }
        }

        int call(int pid, int priority) {
            try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
                var captured = arena.allocate(state);
                int rc = (int) handle.invokeExact(captured, 0, pid, priority);
                return rc == 0 ? 0 : (int) errno.get(captured, 0L);
            } catch (Throwable t) {
                throw new IllegalStateException("setpriority(2) through the foreign-function API failed", t);
            }
        }
    }

    /**
     * Interfaces as flat groups of 8: name, address, netmask, family, mac, internal, cidr, scopeid
     * (-1 for IPv4), IPv4 addresses of an interface before its IPv6 ones, as getifaddrs lists them.
     */
    @Export
    public Object[] networkInterfaces() {
        List<Object> out = new ArrayList<>();
        try {
            List<NetworkInterface> nifs = Collections.list(NetworkInterface.getNetworkInterfaces());
            nifs.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
            for (NetworkInterface nif : nifs) {
                if (!nif.isUp()) {
                    continue;
                }
                String mac = mac(nif.getHardwareAddress());
                List<InterfaceAddress> addrs = new ArrayList<>(nif.getInterfaceAddresses());
                addrs.sort((a, b) -> Boolean.compare(a.getAddress() instanceof Inet6Address,
                        b.getAddress() instanceof Inet6Address));
                for (InterfaceAddress ia : addrs) {
                    int prefix = ia.getNetworkPrefixLength();
                    boolean v4 = ia.getAddress() instanceof Inet4Address;
                    String address = v4 ? ia.getAddress().getHostAddress()
                            : InetText.ipv6((Inet6Address) ia.getAddress()).replaceFirst("%.*$", "");
                    out.add(nif.getName());
                    out.add(address);
                    out.add(v4 ? netmask4(prefix) : netmask6(prefix));
                    out.add(v4 ? "IPv4" : "IPv6");
                    out.add(mac);
                    out.add(nif.isLoopback());
                    out.add(address + "/" + prefix);
                    // The socket address's scope id: set only for link-local addresses (the JDK gives the
                    // interface index for every IPv6 address of an interface).
                    out.add(v4 ? -1.0 : ia.getAddress().isLinkLocalAddress()
                            ? (double) ((Inet6Address) ia.getAddress()).getScopeId() : 0.0);
                }
            }
        } catch (SocketException e) {
            // no interfaces to report
        }
        return out.toArray();
    }

    private static String mac(byte[] hw) {
        if (hw == null || hw.length == 0) {
            return "00:00:00:00:00:00";
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : hw) {
            if (!sb.isEmpty()) {
                sb.append(':');
            }
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }

    private static String netmask4(int prefix) {
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return ((mask >> 24) & 0xff) + "." + ((mask >> 16) & 0xff) + "." + ((mask >> 8) & 0xff) + "." + (mask & 0xff);
    }

    private static String netmask6(int prefix) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            int bits = Math.max(0, Math.min(8, prefix - i * 8));
            bytes[i] = (byte) (0xff << (8 - bits));
        }
        try {
            return InetText.ipv6((Inet6Address) Inet6Address.getByAddress(bytes));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double kib(String line) {
        return Double.parseDouble(line.replaceAll("\\D", "")) * 1024;
    }

    private static String firstLine(String path, String fallback) {
        List<String> l = lines(path);
        return l.isEmpty() ? fallback : l.getFirst().strip();
    }

    private static List<String> lines(String path) {
        try {
            return Files.readAllLines(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
