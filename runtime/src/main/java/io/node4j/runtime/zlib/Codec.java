package io.node4j.runtime.zlib;

/** One compression stream as Node's binding drives it: zlib ({@link ZlibCodec}), brotli
 * ({@link BrotliCodec}) or zstd ({@link ZstdCodec}). */
public interface Codec {
    /**
     * One {@code handle.write(flush, input)}: consumes the input and appends each piece of output
     * (never crossing a {@code chunkSize} boundary) to {@code out}.
     */
    void write(int flush, byte[] in, int off, int len, int chunkSize, ZlibCodec.Output out) throws ZlibCodec.ZlibError;

    /** Input bytes the last write left unconsumed (data after the end of the stream). */
    int leftover();

    void params(int level, int strategy);

    void reset();

    void end();
}
