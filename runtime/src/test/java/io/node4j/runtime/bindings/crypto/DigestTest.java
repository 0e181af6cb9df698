package io.node4j.runtime.bindings.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Known answers from each digest's specification, and the MessageDigest contract (chunks, clone, reset). */
class DigestTest {
    private static final String MILLION_A = "a".repeat(1_000_000);

    private static String hex(MessageDigest md, String input) {
        return HexFormat.of().formatHex(md.digest(input.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void ripemd160MatchesThePapersVectors() {
        MessageDigest md = new Ripemd160();
        assertEquals("9c1185a5c5e9fc54612808977ee8f548b2258d31", hex(md, ""));
        assertEquals("0bdc9d2d256b3ee9daae347be6f4dc835a467ffe", hex(md, "a"));
        assertEquals("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", hex(md, "abc"));
        assertEquals("5d0689ef49d2fae572b881b123a85ffa21595f36", hex(md, "message digest"));
        assertEquals("f71c27109c692c1b56bbdceb5b9d2865b3708dbc", hex(md, "abcdefghijklmnopqrstuvwxyz"));
        assertEquals("12a053384a9c0c88e405a06c27dcf49ada62eb2b",
                hex(md, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        assertEquals("52783243c1697bdbe16d37f97f68f08325dc1528", hex(md, MILLION_A));
    }

    @Test
    void sm3MatchesTheStandardsExamples() {
        MessageDigest md = new Sm3();
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", hex(md, "abc"));
        assertEquals("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732", hex(md, "abcd".repeat(16)));
        assertEquals("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b", hex(md, ""));
    }

    @Test
    void blake2bMatchesRfc7693AppendixA() {
        MessageDigest md = new Blake2b();
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", hex(md, "abc"));
        assertEquals("786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce", hex(md, ""));
    }

    @Test
    void blake2sMatchesRfc7693AppendixB() {
        MessageDigest md = new Blake2s();
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", hex(md, "abc"));
        assertEquals("69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9", hex(md, ""));
    }

    @Test
    void md5Sha1IsBothDigestsConcatenated() {
        assertEquals("d41d8cd98f00b204e9800998ecf8427eda39a3ee5e6b4b0d3255bfef95601890afd80709",
                hex(new Md5Sha1(), ""));
    }

    /** Every split of a 300-byte input (around the block boundaries) gives the one-shot digest. */
    private static void chunkingAndCloneAgree(Supplier<MessageDigest> make) throws Exception {
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + 3);
        }
        byte[] whole = make.get().digest(data);
        for (int split = 0; split <= data.length; split += 1) {
            MessageDigest md = make.get();
            md.update(data, 0, split);
            MessageDigest copy = (MessageDigest) md.clone();
            md.update(data, split, data.length - split);
            assertEquals(HexFormat.of().formatHex(whole), HexFormat.of().formatHex(md.digest()), "split " + split);
            for (int i = split; i < data.length; i++) {
                copy.update(data[i]);
            }
            assertEquals(HexFormat.of().formatHex(whole), HexFormat.of().formatHex(copy.digest()), "clone " + split);
        }
        MessageDigest md = make.get();
        md.update(data);
        md.reset();
        assertEquals(HexFormat.of().formatHex(make.get().digest()), HexFormat.of().formatHex(md.digest()));
    }

    @Test
    void chunkedUpdatesAndClonesGiveTheOneShotDigest() throws Exception {
        chunkingAndCloneAgree(Ripemd160::new);
        chunkingAndCloneAgree(Sm3::new);
        chunkingAndCloneAgree(Blake2b::new);
        chunkingAndCloneAgree(Blake2s::new);
        chunkingAndCloneAgree(Md5Sha1::new);
    }

    @Test
    void hmacUsesEachDigestsBlockSize() {
        // RFC 2286 test case 1: HMAC-RIPEMD160 with a 20-byte 0x0b key over "Hi There".
        byte[] key = new byte[20];
        java.util.Arrays.fill(key, (byte) 0x0b);
        Hmac mac = new Hmac("RIPEMD160", key);
        mac.update("Hi There".getBytes(StandardCharsets.US_ASCII));
        assertEquals("24cb4bd67d20fc1a5d2ed7732dcc39377f0a5668", HexFormat.of().formatHex(mac.doFinal()));
    }
}
