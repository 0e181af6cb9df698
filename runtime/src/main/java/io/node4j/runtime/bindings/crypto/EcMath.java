package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * Prime-curve arithmetic the JCA does not expose: a public point from a private scalar, ECDH's shared
 * x coordinate, point (de)compression and on-curve checks. Affine coordinates with BigInteger: slow
 * next to a real implementation, but these are one-off operations.
 */
final class EcMath {
    final String name;
    final ECParameterSpec spec;
    final BigInteger p;
    final BigInteger a;
    final BigInteger b;
    final int fieldBytes;

    private EcMath(String name, ECParameterSpec spec) {
        this.name = name;
        this.spec = spec;
        this.p = ((ECFieldFp) spec.getCurve().getField()).getP();
        this.a = spec.getCurve().getA();
        this.b = spec.getCurve().getB();
        this.fieldBytes = (p.bitLength() + 7) / 8;
    }

    /** OpenSSL's curve name (prime256v1, secp384r1, secp521r1; aliases P-256 and friends) → curve. */
    static EcMath of(String curve) {
        String jca = switch (curve) {
            case "prime256v1", "P-256", "secp256r1" -> "secp256r1";
            case "secp384r1", "P-384" -> "secp384r1";
            case "secp521r1", "P-521" -> "secp521r1";
            default -> null;
        };
        if (jca == null) {
            return null;
        }
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec(jca));
            return new EcMath(opensslName(jca), params.getParameterSpec(ECParameterSpec.class));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String opensslName(String jca) {
        return jca.equals("secp256r1") ? "prime256v1" : jca;
    }

    static String oidOf(String curve) {
        return switch (curve) {
            case "prime256v1" -> "1.2.840.10045.3.1.7";
            case "secp384r1" -> "1.3.132.0.34";
            case "secp521r1" -> "1.3.132.0.35";
            default -> throw new IllegalArgumentException(curve);
        };
    }

    static String curveOfOid(String oid) {
        return switch (oid) {
            case "1.2.840.10045.3.1.7" -> "prime256v1";
            case "1.3.132.0.34" -> "secp384r1";
            case "1.3.132.0.35" -> "secp521r1";
            default -> null;
        };
    }

    /** The JWK / WebCrypto name. */
    String joseName() {
        return switch (name) {
            case "prime256v1" -> "P-256";
            case "secp384r1" -> "P-384";
            default -> "P-521";
        };
    }

    ECPoint multiply(BigInteger k, ECPoint point) {
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = point;
        for (int i = 0; i < k.bitLength(); i++) {
            if (k.testBit(i)) {
                result = add(result, addend);
            }
            addend = add(addend, addend);
        }
        return result;
    }

    ECPoint publicPoint(BigInteger d) {
        return multiply(d, spec.getGenerator());
    }

    private ECPoint add(ECPoint q, ECPoint r) {
        if (q.equals(ECPoint.POINT_INFINITY)) {
            return r;
        }
        if (r.equals(ECPoint.POINT_INFINITY)) {
            return q;
        }
        BigInteger x1 = q.getAffineX(), y1 = q.getAffineY(), x2 = r.getAffineX(), y2 = r.getAffineY();
        BigInteger lambda;
        if (x1.equals(x2)) {
            if (!y1.equals(y2) || y1.signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            lambda = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a)
                    .multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = lambda.pow(2).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }

    boolean onCurve(ECPoint q) {
        if (q.equals(ECPoint.POINT_INFINITY)) {
            return false;
        }
        BigInteger x = q.getAffineX(), y = q.getAffineY();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
            return false;
        }
        return y.pow(2).subtract(x.pow(3).add(a.multiply(x)).add(b)).mod(p).signum() == 0;
    }

    /** SEC1 encoding: "uncompressed" (04 x y), "compressed" (02/03 x) or "hybrid" (06/07 x y). */
    byte[] encode(ECPoint q, String format) {
        byte[] x = Bytes.unsigned(q.getAffineX(), fieldBytes);
        boolean odd = q.getAffineY().testBit(0);
        if (format.equals("compressed")) {
            byte[] out = new byte[1 + fieldBytes];
            out[0] = (byte) (odd ? 3 : 2);
            System.arraycopy(x, 0, out, 1, fieldBytes);
            return out;
        }
        byte[] out = new byte[1 + 2 * fieldBytes];
        out[0] = (byte) (format.equals("hybrid") ? (odd ? 7 : 6) : 4);
        System.arraycopy(x, 0, out, 1, fieldBytes);
        System.arraycopy(Bytes.unsigned(q.getAffineY(), fieldBytes), 0, out, 1 + fieldBytes, fieldBytes);
        return out;
    }

    /** Decodes any SEC1 form; null when malformed or not on the curve. */
    ECPoint decode(byte[] enc) {
        if (enc.length == 0) {
            return null;
        }
        int kind = enc[0];
        BigInteger x;
        BigInteger y;
        if ((kind == 2 || kind == 3) && enc.length == 1 + fieldBytes) {
            x = new BigInteger(1, java.util.Arrays.copyOfRange(enc, 1, enc.length));
            BigInteger rhs = x.pow(3).add(a.multiply(x)).add(b).mod(p);
            y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
            if (y.testBit(0) != (kind == 3)) {
                y = p.subtract(y);
            }
        } else if ((kind == 4 || kind == 6 || kind == 7) && enc.length == 1 + 2 * fieldBytes) {
            x = new BigInteger(1, java.util.Arrays.copyOfRange(enc, 1, 1 + fieldBytes));
            y = new BigInteger(1, java.util.Arrays.copyOfRange(enc, 1 + fieldBytes, enc.length));
        } else {
            return null;
        }
        ECPoint q = new ECPoint(x, y);
        return onCurve(q) ? q : null;
    }
}
