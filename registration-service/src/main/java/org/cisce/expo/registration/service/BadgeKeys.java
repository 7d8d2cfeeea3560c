package org.cisce.expo.registration.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.cisce.expo.registration.config.BadgeConfig;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The badge keys: the current EC P-256 key pair that signs badges (ES256) and the public keys of earlier ones, each
 * with a key id (its RFC 7638 thumbprint). The JWK set of all public keys is what gates verify badges with, offline
 * too, so a rotation does not invalidate printed badges as long as the old public key stays configured.
 */
@Startup
@ApplicationScoped
public class BadgeKeys {

    /** The most keys of the JWK set, the current one included (so 9 earlier ones): it stays small for gates. */
    public static final int MAX_KEYS = 10;

    private static final Logger LOG = Logger.getLogger(BadgeKeys.class);

    private final ECKey current;
    private final Map<String, ECKey> publicKeys = new LinkedHashMap<>();

    @Inject
    public BadgeKeys(BadgeConfig config) {
        this(currentPair(config), previous(config));
    }

    /** The current key pair and the public keys of earlier ones. */
    public BadgeKeys(KeyPair current, List<PublicKey> previous) {
        this.current = jwk(current.getPublic(), current.getPrivate());
        publicKeys.put(this.current.getKeyID(), this.current.toPublicJWK());
        for (PublicKey key : previous) {
            ECKey earlier = jwk(key, null);
            publicKeys.putIfAbsent(earlier.getKeyID(), earlier);
        }
    }

    /**
     * The provider of the badge signatures' arithmetic. Bouncy Castle's P-256 verifies in 0.3 ms where JDK 17's
     * takes 1.8 ms (signs in 0.4 ms against 0.85): a gate verifies every scan, and on two cores that was 38 % of a
     * scan's CPU (docs/performance.md). Not registered with the JDK, so nothing else in the service changes provider.
     */
    static final Provider CRYPTO = new BouncyCastleProvider();

    /** The current key, private part included: only the signer uses it. */
    ECKey signingKey() {
        return current;
    }

    /** The public key with this key id, current or earlier. */
    public Optional<ECKey> publicKey(String keyId) {
        return Optional.ofNullable(keyId == null ? null : publicKeys.get(keyId));
    }

    /** The JWK set of the current and earlier public keys (kid, alg, use=sig; never a private part). */
    public Map<String, Object> jwkSet() {
        return new JWKSet(new ArrayList<JWK>(publicKeys.values())).toJSONObject(true);
    }

    private static KeyPair currentPair(BadgeConfig config) {
        Optional<String> pem = config.privateKeyLocation().map(Pem::file).or(config::privateKey);
        if (pem.isEmpty()) {
            LOG.warn("No badge key is configured (expo.badge.private-key-location): badges are signed with a key made "
                    + "at start-up and stop verifying when the service restarts. Configure one outside development.");
            return generate();
        }
        List<byte[]> privates = Pem.blocks(pem.get(), Pem.PRIVATE_KEY);
        List<byte[]> publics = Pem.blocks(pem.get(), Pem.PUBLIC_KEY);
        if (privates.size() != 1 || publics.size() != 1) {
            throw new IllegalArgumentException("the badge key must be PEM with one PRIVATE KEY block (PKCS#8, EC P-256) "
                    + "and its PUBLIC KEY block; found " + privates.size() + " and " + publics.size());
        }
        KeyPair pair = new KeyPair(Pem.publicKey(publics.get(0)), Pem.privateKey(privates.get(0)));
        requireMatching(pair);
        return pair;
    }

    private static List<PublicKey> previous(BadgeConfig config) {
        List<PublicKey> keys = new ArrayList<>();
        for (String entry : config.previousPublicKeys().orElse(List.of())) {
            if (entry.isBlank()) {
                continue;
            }
            List<byte[]> blocks = Pem.blocks(Pem.valueOrFile(entry), Pem.PUBLIC_KEY);
            if (blocks.isEmpty()) {
                throw new IllegalArgumentException("expo.badge.previous-public-keys: an entry holds no PUBLIC KEY block");
            }
            blocks.forEach(der -> keys.add(Pem.publicKey(der)));
        }
        if (keys.size() >= MAX_KEYS) {
            throw new IllegalArgumentException("expo.badge.previous-public-keys: at most " + (MAX_KEYS - 1)
                    + " earlier keys, found " + keys.size() + "; drop those whose badges no longer matter");
        }
        return keys;
    }

    /** A new P-256 key pair: the fallback without configuration, and tests. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make EC P-256 keys", e);
        }
    }

    private static ECKey jwk(PublicKey key, PrivateKey privateKey) {
        if (!(key instanceof ECPublicKey ec) || !Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
            throw new IllegalArgumentException("badge keys are EC P-256 keys (ES256); got " + key.getAlgorithm());
        }
        try {
            ECKey.Builder builder = new ECKey.Builder(Curve.P_256, ec).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256);
            if (privateKey != null) {
                builder.privateKey((ECPrivateKey) privateKey);
            }
            return builder.keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key id of a badge key", e);
        }
    }

    /** A private key configured beside another key's public key would sign badges that nobody can verify. */
    private static void requireMatching(KeyPair pair) {
        try {
            byte[] probe = "badge key check".getBytes(StandardCharsets.UTF_8);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(pair.getPublic());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException("the badge key's PUBLIC KEY does not belong to its PRIVATE KEY");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the badge key cannot sign: " + e.getMessage(), e);
        }
    }
}
