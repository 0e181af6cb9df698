package io.node4j.runtime.bindings;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.runtime.Callbacks;
import io.node4j.runtime.zlib.BrotliCodec;
import io.node4j.runtime.zlib.Codec;
import io.node4j.runtime.zlib.ZlibCodec;
import io.node4j.runtime.zlib.ZstdCodec;

/**
 * {@code internalBinding('zlib')}: Node's ZlibContext. {@link #create} makes a {@link Handle} for one
 * stream; its {@code writeSync} runs on the caller's thread (zlib's *Sync functions), its {@code write}
 * on the loop's thread pool with the result delivered back on the loop thread (streams and the
 * callback functions). Input arrives as (ArrayBuffer, offset, length) and is copied once; output goes
 * back as one {@link ByteBuffer} plus the sizes of the pieces each codec call produced.
 */
public final class ZlibBinding implements Binding {
    private final Loop loop;
    private final Callbacks callbacks;

    public ZlibBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @Override
    public String name() {
        return "zlib";
    }

    @Export
    public Handle create(int mode, int level, int windowBits, int memLevel, int strategy, Value dictionary,
            double dictOffset, double dictLength) {
        byte[] dict = null;
        if (dictionary != null && !dictionary.isNull()) {
            dict = read(dictionary, dictOffset, dictLength);
        }
        return new Handle(new ZlibCodec(mode, level, windowBits, memLevel, strategy, dict));
    }

    /**
     * A brotli encoder (mode 9) or decoder (8); {@code params} are (id, value) pairs. Returns null when
     * a value is out of the library's range (Node's "Initialization failed").
     */
    @Export
    public Handle createBrotli(int mode, Value params) throws java.io.IOException {
        int[] p = new int[(int) params.getArraySize()];
        for (int i = 0; i < p.length; i++) {
            p[i] = params.getArrayElement(i).asInt();
        }
        for (int i = 0; i + 1 < p.length; i += 2) {
            if (!BrotliCodec.validParam(p[i], p[i + 1])) {
                return null;
            }
        }
        return new Handle(new BrotliCodec(mode, p));
    }

    /**
     * A zstd encoder (mode 10) or decoder (11); {@code params} are (id, value) pairs, ids already
     * checked against Node's range; {@code pledgedSrcSize} is negative when not given. Returns null when
     * the library refuses a parameter (Node's "Setting parameter failed").
     */
    @Export
    public Handle createZstd(int mode, Value params, double pledgedSrcSize) {
        int[] p = new int[(int) params.getArraySize()];
        for (int i = 0; i < p.length; i++) {
            p[i] = params.getArrayElement(i).asInt();
        }
        try {
            return new Handle(new ZstdCodec(mode, p, (long) pledgedSrcSize));
        } catch (ZstdCodec.ParamError e) {
            return null;
        }
    }

    /** zlib.crc32: CRC-32 of the bytes, continuing from {@code value}. */
    @Export
    public double crc32(Value data, double offset, double length, double value) {
        byte[] bytes = read(data, offset, length);
        long start = (long) value & 0xffffffffL;
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(bytes);
            return c.getValue();
        }
        return Crc32.update(start, bytes);
    }

    /**
     * A write's input: the JS buffer's own array where the engine lets Java reach it (the pool then
     * reads the caller's memory, as Node's zlib does), else a copy.
     */
    private static ByteBuffer input(Value arrayBuffer, double offset, double length) {
        ByteBuffer bytes = io.node4j.runtime.EngineInternals.bytesOf(arrayBuffer, (long) offset, (int) length);
        // The codec takes an array: a SharedArrayBuffer's native memory is copied into one.
        return bytes.hasArray() ? bytes : ByteBuffer.wrap(read(arrayBuffer, offset, length));
    }

    private static byte[] read(Value arrayBuffer, double offset, double length) {
        byte[] bytes = new byte[(int) length];
        if (bytes.length > 0) {
            arrayBuffer.readBuffer((long) offset, bytes, 0, bytes.length);
        }
        return bytes;
    }

    /** What one write produced: the output, its pieces, the input left over, or the error. */
    public static final class Result {
        @Export public final ByteBuffer data;
        @Export public final int[] pieces;
        @Export public final int pieceCount;
        @Export public final int availIn;
        @Export public final String code;
        @Export public final int errno;
        @Export public final String message;

        Result(ZlibCodec.Output out, int availIn, ZlibCodec.ZlibError error) {
            ByteBuffer direct = ByteBuffer.allocateDirect(out.length);
            direct.put(out.data, 0, out.length).flip();
            this.data = direct;
            this.pieces = out.pieces;
            this.pieceCount = out.pieceCount;
            this.availIn = availIn;
            this.code = error == null ? null : error.code;
            this.errno = error == null ? 0 : error.errno;
            this.message = error == null ? null : error.getMessage();
        }
    }

    /** One zlib stream. Writes never overlap (lib/ waits for each to finish). */
    public final class Handle {
        private final Codec codec;
        private boolean closed;

        Handle(Codec codec) {
            this.codec = codec;
        }

        @Export
        public Result writeSync(int flush, Value input, double offset, double length, int chunkSize,
                double maxOutputLength) {
            return run(flush, input(input, offset, length), chunkSize, maxOutputLength);
        }

        /** Runs the write on the thread pool; {@code callback(result)} follows on the loop thread. */
        @Export
        public void write(int flush, Value input, double offset, double length, int chunkSize, Value fn) {
            Callbacks.Bound callback = callbacks.bind(fn, "ZLIB");
            ByteBuffer in = input(input, offset, length);
            loop.queueWork(() -> run(flush, in, chunkSize, Double.POSITIVE_INFINITY),
                    (result, error) -> {
                        if (error != null) {
                            ZlibCodec.ZlibError e = new ZlibCodec.ZlibError(-2, "Z_STREAM_ERROR",
                                    String.valueOf(error.getMessage()));
                            result = new Result(new ZlibCodec.Output(), 0, e);
                        }
                        callbacks.invoke(callback, result);
                    });
        }

        private Result run(int flush, ByteBuffer in, int chunkSize, double maxOutputLength) {
            ZlibCodec.Output out = new ZlibCodec.Output();
            if (maxOutputLength < Long.MAX_VALUE) {
                out.limit = (long) maxOutputLength;
            }
            try {
                if (closed) {
                    throw new ZlibCodec.ZlibError(-2, "Z_STREAM_ERROR", "zlib binding closed");
                }
                codec.write(flush, in.array(), in.arrayOffset() + in.position(), in.remaining(), chunkSize, out);
                return new Result(out, codec.leftover(), null);
            } catch (ZlibCodec.ZlibError e) {
                return new Result(out, 0, e);
            }
        }

        @Export
        public void params(int level, int strategy) {
            codec.params(level, strategy);
        }

        @Export
        public void reset() {
            codec.reset();
        }

        @Export
        public void close() {
            closed = true;
            codec.end();
        }
    }

    /** CRC-32 (the gzip polynomial) continued from a given value, which java.util.zip.CRC32 cannot do. */
    private static final class Crc32 {
        private static final int[] TABLE = new int[256];

        static {
            for (int n = 0; n < 256; n++) {
                int c = n;
                for (int k = 0; k < 8; k++) {
                    c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
                }
                TABLE[n] = c;
            }
        }

        static long update(long start, byte[] bytes) {
            int c = ~(int) start;
            for (byte b : bytes) {
                c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
            }
            return ~c & 0xffffffffL;
        }
    }
}
