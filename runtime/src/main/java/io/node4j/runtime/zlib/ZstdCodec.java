package io.node4j.runtime.zlib;

import java.nio.ByteBuffer;

import com.github.luben.zstd.EndDirective;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;

/**
 * One zstd stream (Node's ZstdCompressContext/ZstdDecompressContext) on zstd-jni's streaming calls
 * into the reference libzstd, the library Node bundles, so a given level gives Node's bytes.
 * Directives are Node's: 0 continue, 1 flush, 2 end.
 *
 * <p>A write drives the library as Node's binding does: one stream call per output window of at most
 * {@code chunkSize} bytes (what is left of the current chunk), calling again only while the window
 * came back full. Where a stream call lands therefore matches Node, which decides the visible edge
 * cases: a decoder stops at the end of a frame and reports the rest of the input as left over, and
 * an encoder starts a new frame when written to after an end.
 */
public final class ZstdCodec implements Codec {
    public static final int ZSTD_COMPRESS = 10, ZSTD_DECOMPRESS = 11;

    /** Node's largest parameter id per direction; ids up to it reach the library, others are refused. */
    public static final int MAX_COMPRESS_PARAM = 402, MAX_DECOMPRESS_PARAM = 100;

    private static final int C_LEVEL = 100, C_WINDOW_LOG = 101, C_HASH_LOG = 102, C_CHAIN_LOG = 103,
            C_SEARCH_LOG = 104, C_MIN_MATCH = 105, C_TARGET_LENGTH = 106, C_STRATEGY = 107,
            C_ENABLE_LDM = 160, C_LDM_HASH_LOG = 161, C_LDM_MIN_MATCH = 162, C_LDM_BUCKET_SIZE_LOG = 163,
            C_LDM_HASH_RATE_LOG = 164, C_CONTENT_SIZE = 200, C_CHECKSUM = 201, C_DICT_ID = 202,
            C_NB_WORKERS = 400, C_JOB_SIZE = 401, C_OVERLAP_LOG = 402;
    private static final int D_WINDOW_LOG_MAX = 100;
    private static final int END = 2;

    /** A parameter the library refused (Node: ERR_ZLIB_INITIALIZATION_FAILED, "Setting parameter failed"). */
    public static final class ParamError extends Exception {
        private static final long serialVersionUID = 1L;

        ParamError() {
            super("Setting parameter failed", null, false, false);
        }
    }

    private final boolean compress;
    private final long pledgedSrcSize;
    private boolean pledgePending;
    private ZstdCompressCtx cctx;
    private ZstdDecompressCtx dctx;
    private ByteBuffer input = ByteBuffer.allocateDirect(0);
    private ByteBuffer output = ByteBuffer.allocateDirect(0);
    /** Decoder: whether the last stream call that moved any byte ended a frame (none yet: no). */
    private boolean frameDone;
    private int leftover;
    private int chunkFill;

    /**
     * {@code params}: Node's (id, value) pairs in the order given; {@code pledgedSrcSize} below 0 when
     * not given.
     */
    public ZstdCodec(int kind, int[] params, long pledgedSrcSize) throws ParamError {
        this.compress = kind == ZSTD_COMPRESS;
        this.pledgedSrcSize = pledgedSrcSize;
        open(params);
    }

    private void open(int[] params) throws ParamError {
        try {
            if (compress) {
                cctx = new ZstdCompressCtx();
                for (int i = 0; i + 1 < params.length; i += 2) {
                    setCompressParam(cctx, params[i], params[i + 1]);
                }
                if (pledgedSrcSize >= 0) {
                    cctx.setPledgedSrcSize(pledgedSrcSize);
                    pledgePending = true;
                }
            } else {
                dctx = new ZstdDecompressCtx();
                for (int i = 0; i + 1 < params.length; i += 2) {
                    if (params[i] != D_WINDOW_LOG_MAX) {
                        throw new ParamError();
                    }
                    dctx.setLongMax(params[i + 1]);
                }
            }
        } catch (ZstdException e) {
            end();
            throw new ParamError();
        } catch (ParamError e) {
            end();
            throw e;
        }
    }

    private static void setCompressParam(ZstdCompressCtx c, int id, int value) throws ParamError {
        switch (id) {
            case C_LEVEL -> c.setLevel(value);
            case C_WINDOW_LOG -> c.setWindowLog(value);
            case C_HASH_LOG -> c.setHashLog(value);
            case C_CHAIN_LOG -> c.setChainLog(value);
            case C_SEARCH_LOG -> c.setSearchLog(value);
            case C_MIN_MATCH -> c.setMinMatch(value);
            case C_TARGET_LENGTH -> c.setTargetLength(value);
            case C_STRATEGY -> c.setStrategy(value);
            case C_ENABLE_LDM -> c.setEnableLongDistanceMatching(switch (value) {
                case 0 -> Zstd.ParamSwitch.AUTO;
                case 1 -> Zstd.ParamSwitch.ENABLE;
                case 2 -> Zstd.ParamSwitch.DISABLE;
                default -> throw new ParamError();
            });
            // zstd-jni has no setters for the long-distance matcher's tuning: refused as libzstd would
            // refuse them, accepted values are not applied (docs/compat.md).
            case C_LDM_HASH_LOG -> checkZeroOr(value, 6, 30);
            case C_LDM_MIN_MATCH -> checkZeroOr(value, 4, 4096);
            case C_LDM_BUCKET_SIZE_LOG -> checkZeroOr(value, 1, 8);
            case C_LDM_HASH_RATE_LOG -> checkZeroOr(value, 0, 25);
            case C_CONTENT_SIZE -> c.setContentSize(value != 0);
            case C_CHECKSUM -> c.setChecksum(value != 0);
            case C_DICT_ID -> c.setDictID(value != 0);
            case C_NB_WORKERS -> c.setWorkers(value);
            case C_JOB_SIZE -> c.setJobSize(value);
            case C_OVERLAP_LOG -> c.setOverlapLog(value);
            default -> throw new ParamError();
        }
    }

    private static void checkZeroOr(int value, int min, int max) throws ParamError {
        if (value != 0 && (value < min || value > max)) {
            throw new ParamError();
        }
    }

    /** As Node's: a fresh context with the pledged size but none of the parameters given at creation. */
    @Override
    public void reset() {
        end();
        frameDone = false;
        leftover = 0;
        try {
            open(new int[0]);
        } catch (ParamError e) {
            throw new IllegalStateException("no parameters to refuse", e);
        }
    }

    @Override
    public void params(int level, int strategy) {
    }

    @Override
    public void end() {
        if (cctx != null) {
            cctx.close();
            cctx = null;
        }
        if (dctx != null) {
            dctx.close();
            dctx = null;
        }
    }

    @Override
    public int leftover() {
        return leftover;
    }

    @Override
    public void write(int flush, byte[] in, int off, int len, int chunkSize, ZlibCodec.Output out)
            throws ZlibCodec.ZlibError {
        if (input.capacity() < len) {
            input = ByteBuffer.allocateDirect(Math.max(len, 2 * input.capacity()));
        }
        input.clear();
        input.put(in, off, len).flip();
        if (output.capacity() < chunkSize) {
            output = ByteBuffer.allocateDirect(chunkSize);
        }
        EndDirective directive = switch (flush) {
            case 1 -> EndDirective.FLUSH;
            case END -> EndDirective.END;
            default -> EndDirective.CONTINUE;
        };
        if (pledgePending) {
            pledgePending = false;
            // libzstd takes the size of an ending first call as the frame's size, over the pledge; Node's
            // build holds to the pledge and fails.
            if (directive == EndDirective.END && len != pledgedSrcSize) {
                throw new ZlibCodec.ZlibError(72, errorName(72), "Src size is incorrect");
            }
        }
        try {
            for (;;) {
                int window = chunkSize - chunkFill;
                output.clear().limit(window);
                if (compress) {
                    cctx.compressDirectByteBufferStream(output, input, directive);
                } else {
                    int before = input.remaining();
                    boolean ended = dctx.decompressDirectByteBufferStream(output, input);
                    // A call that moved nothing (the one after a window filled up exactly, or an empty
                    // write after a whole frame) says nothing of the frame: Node keeps the last verdict.
                    if (input.remaining() != before || output.position() > 0) {
                        frameDone = ended;
                    }
                }
                int produced = output.position();
                emit(chunkSize, out);
                if (produced < window) {
                    break;
                }
            }
        } catch (ZstdException e) {
            throw zstdError(e);
        }
        leftover = input.remaining();
        if (!compress && flush == END && !frameDone) {
            throw new ZlibCodec.ZlibError(-5, "Z_BUF_ERROR", "unexpected end of file");
        }
    }

    private void emit(int chunkSize, ZlibCodec.Output out) throws ZlibCodec.ZlibError {
        output.flip();
        while (output.hasRemaining()) {
            int n = Math.min(output.remaining(), chunkSize - chunkFill);
            if (out.length + (long) n > out.limit) {
                throw new ZlibCodec.ZlibError(0, "ERR_BUFFER_TOO_LARGE", null);
            }
            out.ensure(n);
            output.get(out.data, out.length, n);
            out.length += n;
            out.piece(n);
            chunkFill = (chunkFill + n) % chunkSize;
        }
    }

    /** The library's error as Node reports it: code ZSTD_error_*, errno its number, the library's text. */
    private static ZlibCodec.ZlibError zstdError(ZstdException e) {
        int errno = (int) Math.abs(e.getErrorCode());
        return new ZlibCodec.ZlibError(errno, errorName(errno), e.getMessage());
    }

    private static String errorName(int errno) {
        return "ZSTD_error_" + switch (errno) {
            case 0 -> "no_error";
            case 1 -> "GENERIC";
            case 10 -> "prefix_unknown";
            case 12 -> "version_unsupported";
            case 14 -> "frameParameter_unsupported";
            case 16 -> "frameParameter_windowTooLarge";
            case 20 -> "corruption_detected";
            case 22 -> "checksum_wrong";
            case 24 -> "literals_headerWrong";
            case 30 -> "dictionary_corrupted";
            case 32 -> "dictionary_wrong";
            case 34 -> "dictionaryCreation_failed";
            case 40 -> "parameter_unsupported";
            case 41 -> "parameter_combination_unsupported";
            case 42 -> "parameter_outOfBound";
            case 44 -> "tableLog_tooLarge";
            case 46 -> "maxSymbolValue_tooLarge";
            case 48 -> "maxSymbolValue_tooSmall";
            case 50 -> "stabilityCondition_notRespected";
            case 60 -> "stage_wrong";
            case 62 -> "init_missing";
            case 64 -> "memory_allocation";
            case 66 -> "workSpace_tooSmall";
            case 70 -> "dstSize_tooSmall";
            case 72 -> "srcSize_wrong";
            case 74 -> "dstBuffer_null";
            case 80 -> "noForwardProgress_destFull";
            case 82 -> "noForwardProgress_inputEmpty";
            default -> "maxCode";
        };
    }
}
