package org.cisce.expo.registration.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * The badge signing keys: {@code expo.badge.*}. A badge is an ES256 JWS, so the key is an EC P-256 key pair in PEM:
 * a {@code PRIVATE KEY} block (PKCS#8) and its {@code PUBLIC KEY} block, e.g.
 * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out badge.pem &&
 * openssl pkey -in badge.pem -pubout >> badge.pem}. With neither setting the service signs with a key made at start-up
 * and says so in its log: such badges stop verifying at the next start.
 */
@ConfigMapping(prefix = "expo.badge")
public interface BadgeConfig {

    /** A PEM file holding the current private key and its public key. */
    Optional<String> privateKeyLocation();

    /** The same PEM text as a value (e.g. from a secret store); used when no location is set. */
    Optional<String> privateKey();

    /**
     * Public keys of earlier badge keys, each a PEM value or a PEM file: they stay in the JWK set and badges they signed
     * keep verifying after a rotation.
     */
    Optional<List<String>> previousPublicKeys();
}
