package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Prime numbers for crypto.checkPrime/generatePrime and finite-field Diffie-Hellman: probable-prime
 * tests, random primes with Node's add/rem/safe options, and the MODP groups of RFC 2409 and RFC 3526.
 * The group primes are rebuilt from their definition, 2^n - 2^(n-64) - 1 + 2^64 * (floor(2^(n-130) pi) + k),
 * with pi computed here.
 */
public final class Primes {
    private Primes() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Group name → {modulus bits, the RFC's k}. */
    private static final Map<String, int[]> GROUPS = Map.of(
            "modp1", new int[] {768, 149686},
            "modp2", new int[] {1024, 129093},
            "modp5", new int[] {1536, 741804},
            "modp14", new int[] {2048, 124476},
            "modp15", new int[] {3072, 1690314},
            "modp16", new int[] {4096, 240904},
            "modp17", new int[] {6144, 929484},
            "modp18", new int[] {8192, 4743158});

    private static volatile BigInteger piFixed; // floor(pi * 2^PI_BITS)
    private static final int PI_BITS = 8300;

    public static boolean isGroup(String name) {
        return GROUPS.containsKey(name);
    }

    public static BigInteger group(String name) {
        int[] g = GROUPS.get(name);
        int n = g[0];
        BigInteger piPart = pi().shiftRight(PI_BITS - (n - 130)).add(BigInteger.valueOf(g[1]));
        return BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE.shiftLeft(n - 64)).subtract(BigInteger.ONE)
                .add(piPart.shiftLeft(64));
    }

    /** Private key bits OpenSSL uses for a named group: twice the group's security strength. */
    public static int groupPrivateBits(String name) {
        return switch (GROUPS.get(name)[0]) {
            case 768 -> 150;
            case 1024 -> 160;
            case 1536 -> 200;
            case 2048 -> 225;
            case 3072 -> 275;
            case 4096 -> 325;
            case 6144 -> 375;
            default -> 400;
        };
    }

    private static BigInteger pi() {
        BigInteger p = piFixed;
        if (p == null) {
            // Machin: pi = 16 atan(1/5) - 4 atan(1/239), in fixed point with guard bits.
            int guard = 64;
            BigInteger one = BigInteger.ONE.shiftLeft(PI_BITS + guard);
            BigInteger v = atanInv(5, one).shiftLeft(4).subtract(atanInv(239, one).shiftLeft(2));
            p = v.shiftRight(guard);
            piFixed = p;
        }
        return p;
    }

    private static BigInteger atanInv(int x, BigInteger one) {
        BigInteger xx = BigInteger.valueOf((long) x * x);
        BigInteger term = one.divide(BigInteger.valueOf(x));
        BigInteger sum = term;
        for (int k = 1; term.signum() != 0; k++) {
            term = term.divide(xx);
            BigInteger t = term.divide(BigInteger.valueOf(2L * k + 1));
            sum = (k & 1) == 1 ? sum.subtract(t) : sum.add(t);
        }
        return sum;
    }

    /** Miller-Rabin with {@code checks} rounds (0: as many as the JDK picks for the size). */
    public static boolean check(byte[] candidate, int checks) {
        BigInteger c = new BigInteger(1, candidate);
        // checks is a floor: fewer rounds than OpenSSL's default would let composites through at random.
        int certainty = Math.max(128, 2 * checks);
        return c.isProbablePrime(certainty);
    }

    /** The product of the odd primes below 2000. */
    private static final BigInteger SMALL_PRIMES = smallPrimes();

    private static BigInteger smallPrimes() {
        BigInteger product = BigInteger.ONE;
        for (int n = 3; n < 2000; n += 2) {
            if (BigInteger.valueOf(n).isProbablePrime(30)) {
                product = product.multiply(BigInteger.valueOf(n));
            }
        }
        return product;
    }

    /** No odd prime below 2000 divides {@code n} (meaningful for n above 2000). */
    static boolean hasNoSmallFactor(BigInteger n) {
        return n.gcd(SMALL_PRIMES).equals(BigInteger.ONE);
    }

    /** A random prime of exactly {@code bits} bits, ≡ rem (mod add) when add is given; safe: (p-1)/2 prime too. */
    public static byte[] generate(int bits, boolean safe, byte[] add, byte[] rem) {
        BigInteger a = add == null ? null : new BigInteger(1, add);
        BigInteger r = rem == null ? null : new BigInteger(1, rem);
        if (a != null && r == null) {
            r = safe ? BigInteger.valueOf(3) : BigInteger.ONE;
        }
        while (true) {
            BigInteger c;
            if (a == null && !safe) {
                c = BigInteger.probablePrime(bits, RANDOM);
            } else {
                c = new BigInteger(bits, RANDOM).setBit(bits - 1);
                if (a != null) {
                    c = c.subtract(c.mod(a)).add(r);
                    if (c.bitLength() != bits) {
                        continue;
                    }
                } else {
                    c = c.setBit(0).setBit(1); // safe primes are 3 mod 4
                }
                // Trial division first (one gcd each): most candidates, or their halves, have a small factor.
                if (bits > 11 && (!hasNoSmallFactor(c) || safe && !hasNoSmallFactor(c.shiftRight(1)))) {
                    continue;
                }
                if (!c.isProbablePrime(64)) {
                    continue;
                }
            }
            if (safe && !c.shiftRight(1).isProbablePrime(64)) {
                continue;
            }
            return Bytes.unsigned(c);
        }
    }
}
