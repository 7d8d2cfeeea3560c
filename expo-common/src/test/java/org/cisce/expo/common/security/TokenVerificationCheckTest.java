package org.cisce.expo.common.security;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenVerificationCheckTest {

    private static final String LOCATION = "mp.jwt.verify.publickey.location";

    @Test
    void noKeyTrustsNoTokenAndNeedsNothingElse() {
        assertEquals(Optional.empty(), TokenVerificationCheck.problem(List.of(), false, false));
        assertDoesNotThrow(() -> TokenVerificationCheck.check(config(Map.of())));
    }

    @Test
    void aKeyWithIssuerAndAudienceIsFine() {
        assertDoesNotThrow(() -> TokenVerificationCheck.check(config(Map.of(LOCATION, "keys/public.pem",
                "mp.jwt.verify.issuer", "https://idp.example", "mp.jwt.verify.audiences", "cisce-expo"))));
    }

    @Test
    void aKeyWithoutIssuerStopsTheStartUpNamingWhatIsMissing() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TokenVerificationCheck.check(
                config(Map.of(LOCATION, "keys/public.pem", "mp.jwt.verify.audiences", "cisce-expo"))));
        assertTrue(refused.getMessage().contains(LOCATION), refused.getMessage());
        assertTrue(refused.getMessage().contains("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) is not"),
                refused.getMessage());
    }

    @Test
    void anInlineKeyOrABlankIssuerCountsToo() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TokenVerificationCheck.check(
                config(Map.of("mp.jwt.verify.publickey", "MIIBIjANBg...", "mp.jwt.verify.issuer", " ",
                        "mp.jwt.verify.audiences", "cisce-expo"))));
        assertTrue(refused.getMessage().contains("mp.jwt.verify.publickey)"), refused.getMessage());
    }

    @Test
    void aKeyWithoutAudienceIsRefusedAsWell() {
        Optional<String> problem = TokenVerificationCheck.problem(List.of(LOCATION), false, false);
        assertTrue(problem.orElseThrow().contains("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) and "
                + "mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES) are not"), problem.get());
    }

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
