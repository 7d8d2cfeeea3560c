package org.cisce.expo.common.ratelimit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Who a caller is counted as: an address by its network. */
class ClientKeysTest {

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
