package org.cisce.expo.common.ratelimit;

import jakarta.json.Json;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Who a caller is counted as: a token's OAuth client, else its subject; an address by its network. */
class ClientKeysTest {

    /** The claims of a verified token, as smallrye-jwt hands them out (custom claims as JSON values). */
    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("upn");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    private static Map<String, Object> claims(String sub, String azp) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", sub);
        claims.put("upn", sub);
        if (azp != null) {
            claims.put("azp", Json.createValue(azp));
        }
        return claims;
    }

    @Test
    void aClientsTokensForOneAccountCountTogetherAndItsPeopleEach() {
        assertEquals("azp:partner-portal sub:service-account-1",
                ClientKeys.forToken(token(claims("service-account-1", "partner-portal"))));
        assertEquals(ClientKeys.forToken(token(claims("user-1", "partner-portal"))),
                ClientKeys.forToken(token(claims("user-1", "partner-portal"))));
        assertNotEquals(ClientKeys.forToken(token(claims("user-1", "expo-dashboard"))),
                ClientKeys.forToken(token(claims("user-2", "expo-dashboard"))), "two analysts on the dashboard");
        assertNotEquals(ClientKeys.forToken(token(claims("user-1", "partner-portal"))),
                ClientKeys.forToken(token(claims("user-1", "other-portal"))), "one account through two clients");
    }

    @Test
    void aTokenWithoutAnAuthorizedPartyCountsAsItsSubject() {
        assertEquals("sub:test-partner", ClientKeys.forToken(token(claims("test-partner", null))));
        assertNotEquals(ClientKeys.forToken(token(claims("partner-portal", null))),
                ClientKeys.forToken(token(claims("someone", "partner-portal"))),
                "a subject named like a client is not that client");
    }

    @Test
    void ipv6AddressesCountByTheirSlash64AndIpv4AsTheyAre() {
        assertEquals("203.0.113.7", ClientKeys.forAddress("203.0.113.7"));
        assertEquals(ClientKeys.forAddress("2001:db8:1:2:aaaa::1"), ClientKeys.forAddress("2001:db8:1:2:ffff:1:2:3"),
                "one /64, one client");
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientKeys.forAddress("2001:db8:1:2:aaaa::1"));
        assertNotEquals(ClientKeys.forAddress("2001:db8:1:2::1"), ClientKeys.forAddress("2001:db8:1:3::1"));
        assertEquals("192.0.2.1", ClientKeys.forAddress("::ffff:192.0.2.1"), "an IPv4-mapped address is the IPv4 one");
        assertEquals("not-an-address.invalid", ClientKeys.forAddress("not-an-address.invalid"),
                "a forwarded name is a key as it is, never looked up");
        assertEquals("null", ClientKeys.forAddress(null));
    }
}
