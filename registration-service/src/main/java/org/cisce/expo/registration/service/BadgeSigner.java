package org.cisce.expo.registration.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

/**
 * Signs a confirmed registration's badge: a compact JWS (ES256, header {@code kid}) whose claims are the
 * registration id ({@code sub}), {@code edition}, {@code days}, {@code category} and {@code iat}. Nothing else, so
 * the QR code carries no personal data and stays small.
 */
@ApplicationScoped
public class BadgeSigner {

    static final String EDITION = "edition";
    static final String DAYS = "days";
    static final String CATEGORY = "category";

    private final BadgeKeys keys;
    private final JWSSigner signer;
    private final Clock clock;

    public BadgeSigner(BadgeKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        try {
            ECDSASigner ecdsa = new ECDSASigner(keys.signingKey());
            ecdsa.getJCAContext().setProvider(BadgeKeys.CRYPTO);
            this.signer = ecdsa;
        } catch (JOSEException e) {
            throw new IllegalStateException("the badge key cannot sign", e);
        }
    }

    /** The badge token of a CONFIRMED registration (only a confirmed registration has a badge). */
    public String sign(Registration r) {
        if (r.status != RegistrationStatus.CONFIRMED) {
            throw new IllegalArgumentException("registration " + r.id + " is " + r.status + ": only a confirmed one has a badge");
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(r.id.toString())
                .claim(EDITION, r.editionId)
                .claim(DAYS, r.days.stream().map(LocalDate::toString).toList())
                .claim(CATEGORY, r.category.name())
                .issueTime(Date.from(clock.instant()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(keys.signingKey().getKeyID()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the badge of registration " + r.id, e);
        }
        return jwt.serialize();
    }
}
