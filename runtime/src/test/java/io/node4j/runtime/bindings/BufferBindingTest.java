package io.node4j.runtime.bindings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BufferBindingTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void base64DecodesWholeGroupsAndTheRestAlike() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            String std = Base64.getEncoder().encodeToString(data);
            String url = Base64.getUrlEncoder().withoutPadding().encodeToString(data);
            assertArrayEquals(data, BufferBinding.base64Bytes(std, Integer.MAX_VALUE));
            assertArrayEquals(data, BufferBinding.base64Bytes(url, Integer.MAX_VALUE));
        }
    }

    @Test
    void base64SkipsForeignCharactersAndStopsAtPadding() {
        assertArrayEquals("ABCDEF".getBytes(StandardCharsets.ISO_8859_1),
                BufferBinding.base64Bytes("QU\nJD é\u2028REVG", Integer.MAX_VALUE));
        assertArrayEquals("ABC".getBytes(StandardCharsets.ISO_8859_1),
                BufferBinding.base64Bytes("QUJD=REVG", Integer.MAX_VALUE));
        assertArrayEquals("AB".getBytes(StandardCharsets.ISO_8859_1), BufferBinding.base64Bytes("QUJDREVG", 2));
        // A character above U+00FF is skipped, not read as its low byte ('A' + 0x100).
        assertArrayEquals("ABC".getBytes(StandardCharsets.ISO_8859_1),
                BufferBinding.base64Bytes("QU\u0141JD", Integer.MAX_VALUE));
    }

    @Test
    void hexStopsBeforeTheFirstPairThatIsNotHex() {
        assertArrayEquals(bytes(0xab, 0xcd), BufferBinding.hexBytes("abCDzz00", 4));
        assertArrayEquals(bytes(0x01), BufferBinding.hexBytes("01\uff1000", 3));
        assertArrayEquals(bytes(0x01), BufferBinding.hexBytes("01\u01300", 2));
        assertArrayEquals(bytes(0x12), BufferBinding.hexBytes("1234", 1));
    }

    @Test
    void encodeHonoursTheByteLimitAtCharacterBoundaries() {
        assertArrayEquals(bytes(0x61, 0xe2, 0x82, 0xac), BufferBinding.encodeBytes(BufferBinding.UTF8, "a€b", 4));
        assertArrayEquals(bytes(0xef, 0xbf, 0xbd), BufferBinding.encodeBytes(BufferBinding.UTF8, "\ud800", 9));
        assertArrayEquals(bytes(0x41, 0x00, 0x42, 0x01), BufferBinding.encodeBytes(BufferBinding.UCS2, "A\u0142C", 5));
        assertArrayEquals(bytes(0x41, 0x42), BufferBinding.encodeBytes(BufferBinding.LATIN1, "A\u0142C", 2));
    }

    @Test
    void copyReadsAndWritesByteBuffersDirectly() {
        ByteBuffer source = ByteBuffer.allocateDirect(8);
        source.put(bytes(1, 2, 3, 4, 5, 6, 7, 8)).flip();
        ByteBuffer target = ByteBuffer.allocateDirect(8);
        try (var context = org.graalvm.polyglot.Context.newBuilder()
                .allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build()) {
            new BufferBinding().copy(context.asValue(source), 2, context.asValue(target), 1, 5);
        }
        byte[] out = new byte[8];
        target.get(0, out);
        assertArrayEquals(bytes(0, 3, 4, 5, 6, 7, 0, 0), out);
    }

    @Test
    void findSteps() {
        byte[] hay = "abcabcab".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(3, BufferBinding.find(hay, 1, 6, "ab".getBytes(StandardCharsets.ISO_8859_1), 1));
        assertEquals(6, BufferBinding.find(hay, 2, 6, "ab".getBytes(StandardCharsets.ISO_8859_1), 2));
        assertEquals(2, BufferBinding.find(hay, 0, 6, "ca".getBytes(StandardCharsets.ISO_8859_1), 2));
        assertEquals(5, BufferBinding.find(hay, 3, 6, "ca".getBytes(StandardCharsets.ISO_8859_1), 2));
        assertEquals(-1, BufferBinding.find(hay, 3, 4, "ca".getBytes(StandardCharsets.ISO_8859_1), 2));
        assertEquals(2, BufferBinding.find(hay, 0, 7, "c".getBytes(StandardCharsets.ISO_8859_1), 1));
    }
}
