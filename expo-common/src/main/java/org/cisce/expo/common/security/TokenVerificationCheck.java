package org.cisce.expo.common.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service that trusts a verification key must also know whose tokens and for whom: without an issuer any
 * token signed with that key would do, whoever issued it for whatever. Such a configuration stops the start-up
 * with a message naming what is missing, instead of serving with a weaker check.
 */
@Singleton
public class TokenVerificationCheck {

    static final List<String> KEY_PROPERTIES = List.of(
            "mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey", "smallrye.jwt.verify.key.location");
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    void onStart(@Observes StartupEvent event, Config config) {
        check(config);
    }

    /** Throws {@link IllegalStateException} if a verification key is configured without an issuer or audience. */
    static void check(Config config) {
        List<String> keys = KEY_PROPERTIES.stream().filter(name -> present(config, name)).toList();
        problem(keys, present(config, ISSUER), present(config, AUDIENCES)).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    /** What is wrong with a configuration that sets {@code keys}, or nothing. */
    static Optional<String> problem(List<String> keys, boolean issuer, boolean audience) {
        if (keys.isEmpty()) {
            return Optional.empty(); // no key: no token is trusted at all
        }
        List<String> missing = new ArrayList<>();
        if (!issuer) {
            missing.add(ISSUER + " (MP_JWT_VERIFY_ISSUER)");
        }
        if (!audience) {
            missing.add(AUDIENCES + " (MP_JWT_VERIFY_AUDIENCES)");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("A token verification key is configured (" + String.join(", ", keys)
                + ") but " + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                + " not: refusing to start. Set the issuer (and audience) of the identity provider that key belongs to.");
    }

    private static boolean present(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank()).isPresent();
    }
}
