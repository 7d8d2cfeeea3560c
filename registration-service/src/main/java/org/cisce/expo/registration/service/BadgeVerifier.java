package org.cisce.expo.registration.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.registration.domain.Category;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a badge token with the badge keys' public keys: the signature, the key id and the claims. Only the signature
 * is checked here; whether the registration still stands, and for which day, is the check-in's business.
 */
@ApplicationScoped
public class BadgeVerifier {

    private final BadgeKeys keys;

    public BadgeVerifier(BadgeKeys keys) {
        this.keys = keys;
    }

    /** What a badge says, once its signature is verified. */
    public record Badge(UUID registrationId, String editionId, List<LocalDate> days, Category category,
                        Instant issuedAt, String keyId) {
    }

    /** A verified badge, or the reason it is refused, worded for a gate attendant. */
    public record Verdict(Badge badge, String refusal) {
        static Verdict refused(String refusal) {
            return new Verdict(null, refusal);
        }

        public boolean valid() {
            return badge != null;
        }
    }

    public Verdict verify(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            return Verdict.refused("Not a badge code: it cannot be read. Send the visitor to the registration desk.");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return Verdict.refused("Not signed the way badges are. Send the visitor to the registration desk.");
        }
        String keyId = jwt.getHeader().getKeyID();
        Optional<ECKey> key = keys.publicKey(keyId);
        if (key.isEmpty()) {
            return Verdict.refused("Signed with an unknown key: not a badge of this expo. Send the visitor to the "
                    + "registration desk.");
        }
        try {
            ECDSAVerifier verifier = new ECDSAVerifier(key.get());
            verifier.getJCAContext().setProvider(BadgeKeys.CRYPTO);
            if (!jwt.verify(verifier)) {
                return Verdict.refused("The signature does not match: the badge was altered or forged. Send the "
                        + "visitor to the registration desk.");
            }
        } catch (JOSEException e) {
            return Verdict.refused("The signature cannot be checked. Send the visitor to the registration desk.");
        }
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            List<LocalDate> days = claims.getStringListClaim(BadgeSigner.DAYS).stream().map(LocalDate::parse).toList();
            Instant issued = claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
            return new Verdict(new Badge(UUID.fromString(claims.getSubject()),
                    requireText(claims.getStringClaim(BadgeSigner.EDITION)), days,
                    Category.valueOf(claims.getStringClaim(BadgeSigner.CATEGORY)), issued, keyId), null);
        } catch (ParseException | RuntimeException e) {
            // Signed by our key but not with our claims: never issued by this service's signer.
            return Verdict.refused("The badge's content is incomplete. Send the visitor to the registration desk.");
        }
    }

    private static String requireText(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no edition");
        }
        return value;
    }
}
