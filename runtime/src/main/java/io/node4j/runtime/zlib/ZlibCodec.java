package io.node4j.runtime.zlib;

import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One zlib stream as Node's ZlibContext drives it (deflate, inflate, gzip, gunzip, raw, unzip), on
 * java.util.zip's raw deflate and inflate. The gzip and zlib wrappers (headers, CRC-32/Adler-32
 * trailers, preset dictionary ids, concatenated gzip members) are written and parsed here, so the
 * header bytes are the ones zlib writes for the window size and level asked for.
 *
 * <p>{@link #write} is one {@code handle.write()} of Node: it feeds the input through as many codec
 * calls as it takes, each call filling at most the rest of the current {@code chunkSize} output
 * buffer, and reports every call's output as one piece (so a stream emits the pieces Node emits).
 * Not thread-safe: one write at a time, on any thread.
 */
public final class ZlibCodec implements Codec {
    public static final int DEFLATE = 1, INFLATE = 2, GZIP = 3, GUNZIP = 4, DEFLATERAW = 5, INFLATERAW = 6,
            UNZIP = 7;
    public static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3,
            Z_FINISH = 4, Z_BLOCK = 5;

    private static final byte[] EMPTY = new byte[0];

    private final int mode;
    private int level;
    private final int windowBits;
    private int strategy;
    private final byte[] dictionary;

    private Deflater deflater;
    private Inflater inflater;

    // Wrapper state. Compressing: header bytes waiting to go out, then the trailer.
    private byte[] pending = EMPTY;
    private int pendingPos;
    private boolean headerDone;
    private boolean trailerQueued;
    private boolean finished;
    // Decompressing: which wrapper this member has, the header/trailer bytes gathered so far.
    private int wrap; // 0 raw, 1 zlib, 2 gzip
    private Phase phase;
    private final Gathered gathered = new Gathered();
    private final CRC32 crc = new CRC32();
    private final Adler32 adler = new Adler32();
    private long total;
    private int chunkFill;

    private enum Phase { HEADER, BODY, TRAILER, DONE }

    /** A zlib error as Node reports it: {@code errno} (Z_*), code name and zlib's message. */
    public static final class ZlibError extends Exception {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        public final int errno;
        public final String code;

        public ZlibError(int errno, String code, String message) {
            super(message, null, false, false);
            this.errno = errno;
            this.code = code;
        }
    }

    /** Where {@link #write} puts its output: pieces appended to one growing array. */
    public static final class Output {
        public byte[] data = new byte[1024];
        public int length;
        public int[] pieces = new int[8];
        public int pieceCount;
        public long limit = Long.MAX_VALUE;

        void ensure(int more) {
            if (length + more > data.length) {
                long want = Math.max((long) data.length * 2, (long) length + more);
                data = java.util.Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, want));
            }
        }

        void piece(int n) {
            if (pieceCount == pieces.length) {
                pieces = java.util.Arrays.copyOf(pieces, pieceCount * 2);
            }
            pieces[pieceCount++] = n;
        }
    }

    public ZlibCodec(int mode, int level, int windowBits, int memLevel, int strategy, byte[] dictionary) {
        this.mode = mode;
        this.level = level;
        this.windowBits = windowBits;
        this.strategy = strategy;
        // zlib refuses a dictionary on a gzip stream and Node ignores that refusal: none is used.
        this.dictionary = mode == GZIP || mode == GUNZIP ? null : dictionary;
        reset();
    }

    public int mode() {
        return mode;
    }

    private boolean compressing() {
        return mode == DEFLATE || mode == GZIP || mode == DEFLATERAW;
    }

    /** Back to the state after construction (Node's {@code reset()}), dictionary included. */
    @Override
    public void reset() {
        end();
        pending = EMPTY;
        pendingPos = 0;
        headerDone = false;
        trailerQueued = false;
        finished = false;
        crc.reset();
        adler.reset();
        total = 0;
        gathered.clear();
        if (compressing()) {
            deflater = new Deflater(level, true);
            deflater.setStrategy(javaStrategy(strategy));
            applyParams();
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            wrap = mode == DEFLATE ? 1 : mode == GZIP ? 2 : 0;
        } else {
            inflater = new Inflater(true);
            wrap = mode == INFLATE ? 1 : mode == GUNZIP ? 2 : mode == UNZIP ? -1 : 0;
            if (wrap == 0 && dictionary != null) {
                inflater.setDictionary(dictionary);
            }
        }
        phase = wrap == 0 ? Phase.BODY : Phase.HEADER;
    }

    /** Node's {@code params(level, strategy)}: applies from the next write on. */
    @Override
    public void params(int level, int strategy) {
        this.level = level;
        this.strategy = strategy;
        if (deflater != null) {
            deflater.setLevel(level);
            deflater.setStrategy(javaStrategy(strategy));
            applyParams();
        }
    }

    /**
     * java.util.zip applies a new level or strategy (deflateParams) inside its next deflate call,
     * which then consumes no input; this empty call makes it happen now, as zlib's deflateInit2 and
     * Node's params() (after its sync flush) do, so the next write's output is not split differently.
     */
    private void applyParams() {
        byte[] tmp = new byte[64];
        deflater.setInput(EMPTY);
        int n = deflater.deflate(tmp, 0, tmp.length, Deflater.NO_FLUSH);
        if (n > 0) {
            byte[] more = java.util.Arrays.copyOf(pending, pending.length + n);
            System.arraycopy(tmp, 0, more, pending.length, n);
            pending = more;
        }
    }

    @Override
    public void end() {
        if (deflater != null) {
            deflater.end();
            deflater = null;
        }
        if (inflater != null) {
            inflater.end();
            inflater = null;
        }
    }

    /** Unconsumed input after the last write (Node's availInAfter; only trailing data is left over). */
    private int leftover;

    @Override
    public int leftover() {
        return leftover;
    }

    /**
     * One Node {@code handle.write(flush, input)}: consumes all of {@code in[off, off+len)} and appends
     * each codec call's output to {@code out} as a piece, starting a new {@code chunkSize} buffer
     * whenever one fills.
     */
    @Override
    public void write(int flush, byte[] in, int off, int len, int chunkSize, Output out) throws ZlibError {
        leftover = 0;
        if (compressing()) {
            deflate(flush, in, off, len, chunkSize, out);
        } else {
            inflate(flush, in, off, len, chunkSize, out);
        }
    }

    // ---- compressing ----

    private void deflate(int flush, byte[] in, int off, int len, int chunkSize, Output out) throws ZlibError {
        if (len > 0) {
            if (wrap == 2) {
                crc.update(in, off, len);
            } else if (wrap == 1) {
                adler.update(in, off, len);
            }
            total += len;
        }
        deflater.setInput(in, off, len);
        if (flush == Z_FINISH) {
            deflater.finish();
        }
        if (!headerDone) {
            headerDone = true;
            byte[] header = wrap == 2 ? gzipHeader() : wrap == 1 ? zlibHeader() : EMPTY;
            byte[] all = java.util.Arrays.copyOf(header, header.length + pending.length - pendingPos);
            System.arraycopy(pending, pendingPos, all, header.length, pending.length - pendingPos);
            pending = all;
            pendingPos = 0;
        }
        int javaFlush = switch (flush) {
            case Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_BLOCK -> Deflater.SYNC_FLUSH;
            case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
            default -> Deflater.NO_FLUSH;
        };
        int idle = 0;
        for (;;) {
            int room = chunkSize - chunkFill;
            checkLimit(out, 0);
            out.ensure(room);
            int start = out.length;
            int n = drainPending(out.data, start, room);
            if (n < room && !finished) {
                n += deflater.deflate(out.data, start + n, room - n, javaFlush);
                if (deflater.finished() && !trailerQueued) {
                    trailerQueued = true;
                    pending = trailer();
                    pendingPos = 0;
                }
                n += drainPending(out.data, start + n, room - n);
                if (trailerQueued && pendingPos == pending.length) {
                    finished = true;
                }
            }
            emit(out, n, chunkSize);
            if (n > 0 && chunkFill == 0) {
                continue; // the buffer filled: more output may be waiting
            }
            boolean done = finished || (flush == Z_FINISH ? deflater.finished() && pendingPos == pending.length
                    : deflater.needsInput());
            if (done || (n == 0 && ++idle > 2)) {
                return;
            }
        }
    }

    private int drainPending(byte[] dst, int at, int room) {
        int n = Math.min(room, pending.length - pendingPos);
        System.arraycopy(pending, pendingPos, dst, at, n);
        pendingPos += n;
        return n;
    }

    private void emit(Output out, int n, int chunkSize) throws ZlibError {
        if (n > 0) {
            out.length += n;
            out.piece(n);
            checkLimit(out, 0);
        }
        chunkFill += n;
        if (chunkFill >= chunkSize) {
            chunkFill = 0;
        }
    }

    private static void checkLimit(Output out, int more) throws ZlibError {
        if (out.length + (long) more > out.limit) {
            throw new ZlibError(0, "ERR_BUFFER_TOO_LARGE", null);
        }
    }

    /** What zlib writes: magic, deflate, no flags, mtime 0, XFL from the level, OS 3 (Unix). */
    private byte[] gzipHeader() {
        int xfl = level == 9 ? 2 : (level == 1 || level == 0 || strategy >= 2) ? 4 : 0;
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    private byte[] zlibHeader() {
        int bits = Math.max(windowBits, 9);
        int cmf = ((bits - 8) << 4) | 8;
        int lvl = level == -1 ? 6 : level;
        int flevel = (strategy >= 2 || lvl < 2) ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3;
        int header = (cmf << 8) | (flevel << 6);
        if (dictionary != null) {
            header |= 0x20;
        }
        header += 31 - header % 31;
        if (dictionary == null) {
            return new byte[] {(byte) (header >> 8), (byte) header};
        }
        Adler32 d = new Adler32();
        d.update(dictionary);
        long id = d.getValue();
        return new byte[] {(byte) (header >> 8), (byte) header,
            (byte) (id >> 24), (byte) (id >> 16), (byte) (id >> 8), (byte) id};
    }

    private byte[] trailer() {
        if (wrap == 2) {
            long c = crc.getValue();
            return new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                (byte) total, (byte) (total >> 8), (byte) (total >> 16), (byte) (total >> 24)};
        }
        if (wrap == 1) {
            long a = adler.getValue();
            return new byte[] {(byte) (a >> 24), (byte) (a >> 16), (byte) (a >> 8), (byte) a};
        }
        return EMPTY;
    }

    private static int javaStrategy(int strategy) {
        return switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        };
    }

    // ---- decompressing ----

    private void inflate(int flush, byte[] in, int off, int len, int chunkSize, Output out) throws ZlibError {
        int pos = off;
        int end = off + len;
        for (;;) {
            switch (phase) {
                case HEADER -> {
                    pos = header(in, pos, end);
                    if (phase == Phase.HEADER) {
                        finishCheck(flush, out);
                        return;
                    }
                }
                case BODY -> {
                    if (!inflater.needsInput() && inflater.getRemaining() > 0) {
                        // input left from the last call is still set
                    } else {
                        inflater.setInput(in, pos, end - pos);
                        pos = end;
                    }
                    pos = body(flush, in, pos, chunkSize, out);
                    if (phase == Phase.BODY) {
                        return;
                    }
                }
                case TRAILER -> {
                    pos = trailerIn(in, pos, end);
                    if (phase == Phase.TRAILER) {
                        finishCheck(flush, out);
                        return;
                    }
                }
                case DONE -> {
                    // gunzip: a further member follows unless the rest starts with a zero byte
                    if (wrap == 2 && pos < end && in[pos] != 0) {
                        startMember();
                        continue;
                    }
                    leftover = end - pos;
                    return;
                }
            }
        }
    }

    /** Decompresses what is set in the inflater; returns where unconsumed input resumes. */
    private int body(int flush, byte[] in, int end, int chunkSize, Output out) throws ZlibError {
        for (;;) {
            int room = chunkSize - chunkFill;
            out.ensure(room);
            int n;
            try {
                n = inflater.inflate(out.data, out.length, room);
            } catch (DataFormatException e) {
                String msg = e.getMessage() == null ? "invalid data" : e.getMessage();
                throw new ZlibError(-3, "Z_DATA_ERROR", msg);
            }
            if (n == 0 && inflater.needsDictionary()) {
                if (dictionary == null) {
                    throw new ZlibError(2, "Z_NEED_DICT", "Missing dictionary");
                }
                try {
                    inflater.setDictionary(dictionary);
                } catch (IllegalArgumentException e) {
                    throw new ZlibError(2, "Z_NEED_DICT", "Bad dictionary");
                }
                continue;
            }
            if (n > 0) {
                if (wrap == 2) {
                    crc.update(out.data, out.length, n);
                } else if (wrap == 1) {
                    adler.update(out.data, out.length, n);
                }
                total += n;
            }
            emit(out, n, chunkSize);
            if (inflater.finished()) {
                int rest = inflater.getRemaining();
                phase = wrap == 0 ? Phase.DONE : Phase.TRAILER;
                gathered.clear();
                return end - rest;
            }
            if (chunkFill == 0 && n > 0) {
                continue; // the buffer filled: more output may be waiting
            }
            if (inflater.needsInput()) {
                if (flush == Z_FINISH && n < room) {
                    throw new ZlibError(-5, "Z_BUF_ERROR", "unexpected end of file");
                }
                return end;
            }
        }
    }

    private void finishCheck(int flush, Output out) throws ZlibError {
        if (flush == Z_FINISH) {
            throw new ZlibError(-5, "Z_BUF_ERROR", "unexpected end of file");
        }
    }

    private void startMember() {
        inflater.reset();
        crc.reset();
        total = 0;
        gathered.clear();
        phase = Phase.HEADER;
    }

    /** Gathers and checks a gzip or zlib header; returns the position after what it used. */
    private int header(byte[] in, int pos, int end) throws ZlibError {
        while (pos < end) {
            gathered.add(in[pos++]);
            byte[] h = gathered.bytes;
            int n = gathered.size;
            if (wrap == -1 && n == 2) {
                wrap = (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b ? 2 : 1;
            }
            if (wrap == -1) {
                continue;
            }
            int need = wrap == 2 ? gzipHeaderLength(h, n) : zlibHeaderLength(h, n);
            if (need > 0 && n == need) {
                phase = Phase.BODY;
                gathered.clear();
                return pos;
            }
        }
        return pos;
    }

    /** The gzip header's full length once known from what was gathered, or -1 while unknown. */
    private static int gzipHeaderLength(byte[] h, int n) throws ZlibError {
        // zlib reads the magic as one 16-bit unit, then method and flags as another.
        if (n >= 2 && ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b)) {
            throw new ZlibError(-3, "Z_DATA_ERROR", "incorrect header check");
        }
        if (n >= 4 && h[2] != 8) {
            throw new ZlibError(-3, "Z_DATA_ERROR", "unknown compression method");
        }
        if (n >= 4 && (h[3] & 0xe0) != 0) {
            throw new ZlibError(-3, "Z_DATA_ERROR", "unknown header flags set");
        }
        if (n < 10) {
            return -1;
        }
        int flags = h[3];
        int at = 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (n < at + 2) {
                return -1;
            }
            at += 2 + ((h[at] & 0xff) | (h[at + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                for (;;) {
                    if (at >= n) {
                        return -1;
                    }
                    if (h[at++] == 0) {
                        break;
                    }
                }
            }
        }
        if ((flags & 2) != 0) { // FHCRC
            at += 2;
        }
        return at > n ? -1 : at;
    }

    private int zlibHeaderLength(byte[] h, int n) throws ZlibError {
        if (n < 2) {
            return -1;
        }
        int cmf = h[0] & 0xff;
        int flg = h[1] & 0xff;
        if (((cmf << 8) | flg) % 31 != 0) {
            throw new ZlibError(-3, "Z_DATA_ERROR", "incorrect header check");
        }
        if ((cmf & 0x0f) != 8) {
            throw new ZlibError(-3, "Z_DATA_ERROR", "unknown compression method");
        }
        if ((cmf >> 4) + 8 > (windowBits == 0 ? 15 : windowBits)) {
            throw new ZlibError(-3, "Z_DATA_ERROR", "invalid window size");
        }
        if ((flg & 0x20) == 0) {
            return 2;
        }
        if (n < 6) {
            return -1;
        }
        if (dictionary == null) {
            throw new ZlibError(2, "Z_NEED_DICT", "Missing dictionary");
        }
        long id = ((long) (h[2] & 0xff) << 24) | ((h[3] & 0xff) << 16) | ((h[4] & 0xff) << 8) | (h[5] & 0xff);
        Adler32 d = new Adler32();
        d.update(dictionary);
        if (d.getValue() != id) {
            throw new ZlibError(2, "Z_NEED_DICT", "Bad dictionary");
        }
        inflater.setDictionary(dictionary);
        return 6;
    }

    private int trailerIn(byte[] in, int pos, int end) throws ZlibError {
        int need = wrap == 2 ? 8 : 4;
        while (pos < end && gathered.size < need) {
            gathered.add(in[pos++]);
        }
        if (gathered.size < need) {
            return pos;
        }
        byte[] t = gathered.bytes;
        if (wrap == 2) {
            long c = (t[0] & 0xffL) | (t[1] & 0xffL) << 8 | (t[2] & 0xffL) << 16 | (t[3] & 0xffL) << 24;
            long size = (t[4] & 0xffL) | (t[5] & 0xffL) << 8 | (t[6] & 0xffL) << 16 | (t[7] & 0xffL) << 24;
            if (c != crc.getValue()) {
                throw new ZlibError(-3, "Z_DATA_ERROR", "incorrect data check");
            }
            if (size != (total & 0xffffffffL)) {
                throw new ZlibError(-3, "Z_DATA_ERROR", "incorrect length check");
            }
        } else {
            long a = (t[0] & 0xffL) << 24 | (t[1] & 0xffL) << 16 | (t[2] & 0xffL) << 8 | (t[3] & 0xffL);
            if (a != adler.getValue()) {
                throw new ZlibError(-3, "Z_DATA_ERROR", "incorrect data check");
            }
        }
        phase = Phase.DONE;
        return pos;
    }

    /** A small growable byte list for header and trailer bytes split across writes. */
    private static final class Gathered {
        byte[] bytes = new byte[16];
        int size;

        void add(byte b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = b;
        }

        void clear() {
            size = 0;
        }
    }
}
