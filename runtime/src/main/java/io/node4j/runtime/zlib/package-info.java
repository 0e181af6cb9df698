/**
 * zlib streams on java.util.zip (the gzip/zlib wrappers and Node's output chunking), brotli on
 * brotli4j and zstd on zstd-jni, with no dependency on the JS engine ({@code ZlibBinding} bridges them to lib/zlib.js).
 */
package io.node4j.runtime.zlib;
