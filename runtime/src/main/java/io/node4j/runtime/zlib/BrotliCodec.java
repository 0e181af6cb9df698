package io.node4j.runtime.zlib;

import java.io.IOException;
import java.nio.ByteBuffer;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.aayushatharva.brotli4j.encoder.EncoderJNI;

/**
 * One brotli stream (Node's BrotliEncoderContext/BrotliDecoderContext) on brotli4j's streaming JNI
 * wrappers around Google's C library. Operations are Node's: 0 process, 1 flush, 2 finish, 3 emit
 * metadata (treated as flush). Output is reported as pieces of at most {@code chunkSize} bytes.
 */
public final class BrotliCodec implements Codec {
    public static final int BROTLI_DECODE = 8, BROTLI_ENCODE = 9;
    private static final int PARAM_MODE = 0, PARAM_QUALITY = 1, PARAM_LGWIN = 2;
    private static final int INPUT_BUFFER = 64 * 1024;

    private final boolean encode;
    private final int quality;
    private final int lgwin;
    private final Encoder.Mode mode;
    private EncoderJNI.Wrapper encoder;
    private DecoderJNI.Wrapper decoder;
    private boolean done;
    private int chunkFill;

    /** {@code params}: Node's (id, value) pairs; quality, window and mode reach the encoder. */
    public BrotliCodec(int kind, int[] params) throws IOException {
        Brotli4jLoader.ensureAvailability();
        this.encode = kind == BROTLI_ENCODE;
        int q = 11;
        int w = 22;
        int m = 0;
        for (int i = 0; i + 1 < params.length; i += 2) {
            switch (params[i]) {
                case PARAM_QUALITY -> q = params[i + 1];
                case PARAM_LGWIN -> w = params[i + 1];
                case PARAM_MODE -> m = params[i + 1];
                default -> { }
            }
        }
        // The C library clamps out-of-range values rather than refusing them; so does this.
        this.quality = Math.max(0, Math.min(11, q));
        this.lgwin = Math.max(10, Math.min(24, w));
        this.mode = m == 1 ? Encoder.Mode.TEXT : m == 2 ? Encoder.Mode.FONT : Encoder.Mode.GENERIC;
        reset();
    }

    /** Whether a parameter value is one the C library accepts (Node reports others at creation). */
    public static boolean validParam(int id, int value) {
        return switch (id) {
            case PARAM_MODE -> value >= 0 && value <= 2;
            default -> true;
        };
    }

    @Override
    public void reset() {
        end();
        done = false;
        try {
            if (encode) {
                encoder = new EncoderJNI.Wrapper(INPUT_BUFFER, quality, lgwin, mode);
            } else {
                decoder = new DecoderJNI.Wrapper(INPUT_BUFFER);
            }
        } catch (IOException e) {
            throw new IllegalStateException("brotli initialization failed", e);
        }
    }

    @Override
    public void params(int level, int strategy) {
    }

    @Override
    public void end() {
        if (encoder != null) {
            encoder.destroy();
            encoder = null;
        }
        if (decoder != null) {
            decoder.destroy();
            decoder = null;
        }
    }

    @Override
    public int leftover() {
        return 0;
    }

    @Override
    public void write(int flush, byte[] in, int off, int len, int chunkSize, ZlibCodec.Output out)
            throws ZlibCodec.ZlibError {
        if (encode) {
            encode(flush, in, off, len, chunkSize, out);
        } else {
            decode(flush, in, off, len, chunkSize, out);
        }
    }

    private void encode(int flush, byte[] in, int off, int len, int chunkSize, ZlibCodec.Output out)
            throws ZlibCodec.ZlibError {
        if (done) {
            return;
        }
        EncoderJNI.Operation last = switch (flush) {
            case 1, 3 -> EncoderJNI.Operation.FLUSH;
            case 2 -> EncoderJNI.Operation.FINISH;
            default -> EncoderJNI.Operation.PROCESS;
        };
        int pos = off;
        int end = off + len;
        do {
            ByteBuffer input = encoder.getInputBuffer();
            input.clear();
            int n = Math.min(input.capacity(), end - pos);
            input.put(in, pos, n);
            pos += n;
            EncoderJNI.Operation op = pos < end ? EncoderJNI.Operation.PROCESS : last;
            encoder.push(op, n);
            for (;;) {
                if (!encoder.isSuccess()) {
                    throw new ZlibCodec.ZlibError(-2, "ERR_BROTLI_COMPRESSION_FAILED", "Compression failed");
                }
                if (encoder.hasMoreOutput()) {
                    emit(encoder.pull(), chunkSize, out);
                } else if (encoder.hasRemainingInput() || (op == EncoderJNI.Operation.FINISH && !encoder.isFinished())) {
                    encoder.push(op, 0);
                } else {
                    break;
                }
            }
        } while (pos < end);
        if (last == EncoderJNI.Operation.FINISH) {
            done = true;
        }
    }

    private void decode(int flush, byte[] in, int off, int len, int chunkSize, ZlibCodec.Output out)
            throws ZlibCodec.ZlibError {
        int pos = off;
        int end = off + len;
        while (!done) {
            DecoderJNI.Status status = decoder.getStatus();
            switch (status) {
                case DONE -> {
                    while (decoder.hasOutput()) {
                        emit(decoder.pull(), chunkSize, out);
                    }
                    done = true;
                }
                case NEEDS_MORE_OUTPUT -> emit(decoder.pull(), chunkSize, out);
                case OK -> {
                    if (decoder.hasOutput()) {
                        emit(decoder.pull(), chunkSize, out);
                    } else {
                        decoder.push(0);
                    }
                }
                case NEEDS_MORE_INPUT -> {
                    if (decoder.hasOutput()) {
                        emit(decoder.pull(), chunkSize, out);
                        continue;
                    }
                    if (pos == end) {
                        if (flush == 2) {
                            throw new ZlibCodec.ZlibError(-5, "Z_BUF_ERROR", "unexpected end of file");
                        }
                        return;
                    }
                    ByteBuffer input = decoder.getInputBuffer();
                    input.clear();
                    int n = Math.min(input.capacity(), end - pos);
                    input.put(in, pos, n);
                    pos += n;
                    decoder.push(n);
                }
                case ERROR -> throw new ZlibCodec.ZlibError(-1, "ERR_BROTLI_DECOMPRESSION_FAILED",
                        "Decompression failed");
            }
        }
    }

    private void emit(ByteBuffer data, int chunkSize, ZlibCodec.Output out) throws ZlibCodec.ZlibError {
        while (data.hasRemaining()) {
            int n = Math.min(data.remaining(), chunkSize - chunkFill);
            if (out.length + (long) n > out.limit) {
                throw new ZlibCodec.ZlibError(0, "ERR_BUFFER_TOO_LARGE", null);
            }
            out.ensure(n);
            data.get(out.data, out.length, n);
            out.length += n;
            out.piece(n);
            chunkFill = (chunkFill + n) % chunkSize;
        }
    }
}
