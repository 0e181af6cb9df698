/**
 * zlib streams on java.util.zip: the gzip/zlib wrappers and Node's output chunking, with no
 * dependency on the JS engine ({@code ZlibBinding} bridges them to lib/zlib.js).
 */
package io.node4j.runtime.zlib;
