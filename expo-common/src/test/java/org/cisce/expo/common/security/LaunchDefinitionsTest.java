package org.cisce.expo.common.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services' defaults verify what the development tokens carry: tools/launch/token.properties (read by
 * ./expo token and expo-testing's Tokens) and this library's microprofile-config.properties agree.
 */
class LaunchDefinitionsTest {

    private static final Properties tokens = new Properties();
    private static final Properties services = new Properties();

    @BeforeAll
    static void read() throws IOException {
        Path root = Path.of(System.getProperty("expo.root", "..")).toAbsolutePath().normalize();
        try (Reader in = Files.newBufferedReader(root.resolve("tools/launch/token.properties"))) {
            tokens.load(in);
        }
        try (InputStream in = LaunchDefinitionsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            services.load(in);
        }
    }

    @Test
    void theServicesExpectTheAudienceAndGroupsClaimOfTheTokens() {
        assertEquals(tokens.getProperty("audience"), services.getProperty("mp.jwt.verify.audiences"));
        assertEquals(tokens.getProperty("groups.claim"), services.getProperty("smallrye.jwt.path.groups"));
        assertEquals(tokens.getProperty("exhibitor.claim"), Caller.EXHIBITOR_ID_CLAIM);
        assertEquals("sub", services.getProperty("smallrye.jwt.required.claims"));
    }

    @Test
    void developmentAndTestsTrustTheDevelopmentIssuer() {
        assertEquals(tokens.getProperty("issuer"), services.getProperty("%dev.mp.jwt.verify.issuer"));
        assertEquals(tokens.getProperty("issuer"), services.getProperty("%test.mp.jwt.verify.issuer"));
    }

    @Test
    void onlyDevelopmentAndTestsTrustTheDevelopmentKeyByDefault() {
        assertEquals(null, services.getProperty("mp.jwt.verify.publickey.location"));
        assertEquals(null, services.getProperty("mp.jwt.verify.issuer"));
        assertEquals("dev-keys/public.pem", services.getProperty("%dev.mp.jwt.verify.publickey.location"));
        assertEquals("dev-keys/public.pem", services.getProperty("%test.mp.jwt.verify.publickey.location"));
    }

    @Test
    void noTokenIsIssuedForLongerThanTheServicesAcceptIt() {
        long ttl = Long.parseLong(tokens.getProperty("ttl"));
        long maxAge = Long.parseLong(tokens.getProperty("max.age"));
        assertEquals(maxAge, Long.parseLong(services.getProperty("mp.jwt.verify.token.age")));
        assertTrue(ttl > 0 && ttl <= maxAge, "ttl " + ttl + " within max.age " + maxAge);
    }
}
