/**
 * The Java side of {@code node:crypto}: digests, MACs, key derivation, ciphers, keys and their
 * encodings (PEM, DER, JWK), signatures and key agreement, on the JDK's providers (JCA). What the JDK
 * lacks (SHAKE's variable output, scrypt) is written here. {@link io.node4j.runtime.bindings.CryptoBinding}
 * is the one object lib/ sees; the classes here are the handles it returns and their helpers.
 */
package io.node4j.runtime.bindings.crypto;
