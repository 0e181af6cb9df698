/**
 * The Java side of {@code node:crypto}: digests, MACs, key derivation, ciphers, keys and their
 * encodings (PEM, DER, JWK), signatures and key agreement, on the JDK's providers (JCA). What the JDK
 * lacks (SHAKE's variable output, scrypt) is written here. The throughput work (digests, PBKDF2, scrypt,
 * ciphers) runs on the system's OpenSSL 3 when it is there ({@link io.node4j.runtime.bindings.crypto.OpenSsl}). {@link io.node4j.runtime.bindings.CryptoBinding}
 * is the one object lib/ sees; the classes here are the handles it returns and their helpers.
 */
package io.node4j.runtime.bindings.crypto;
