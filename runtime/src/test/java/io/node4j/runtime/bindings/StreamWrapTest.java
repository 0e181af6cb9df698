package io.node4j.runtime.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a stream handle queues after a write the kernel took only part of. */
class StreamWrapTest {

    private static ByteBuffer[] buffers(String... parts) {
        ByteBuffer[] out = new ByteBuffer[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = ByteBuffer.wrap(parts[i].getBytes(StandardCharsets.US_ASCII));
        }
        return out;
    }

    private static List<String> text(ByteBuffer[] buffers) {
        List<String> out = new ArrayList<>();
        for (ByteBuffer b : buffers) {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            out.add(new String(bytes, StandardCharsets.US_ASCII));
        }
        return out;
    }

    @Test
    void theRemainderStartsAfterTheBytesTheKernelTook() {
        ByteBuffer[] all = buffers("abc", "defg", "hi");
        assertEquals(List.of("abc", "defg", "hi"), text(StreamWrap.remainder(all, 0)));
        assertEquals(List.of("c", "defg", "hi"), text(StreamWrap.remainder(all, 2)));
        assertEquals(List.of("defg", "hi"), text(StreamWrap.remainder(all, 3)), "a buffer taken whole is dropped");
        assertEquals(List.of("fg", "hi"), text(StreamWrap.remainder(all, 5)));
        assertEquals(List.of("i"), text(StreamWrap.remainder(all, 8)));
    }

    @Test
    void theCallersBuffersAreLeftAsTheyWere() {
        ByteBuffer[] all = buffers("abc", "defg");
        StreamWrap.remainder(all, 5);
        assertEquals(0, all[0].position());
        assertEquals(0, all[1].position(), "the cut buffer is a duplicate");
    }

    @Test
    void emptyBuffersBeforeTheCutAreSkipped() {
        ByteBuffer[] all = buffers("", "ab", "", "cd");
        assertEquals(List.of("b", "", "cd"), text(StreamWrap.remainder(all, 1)));
        assertEquals(List.of("cd"), text(StreamWrap.remainder(all, 2)));
    }
}
