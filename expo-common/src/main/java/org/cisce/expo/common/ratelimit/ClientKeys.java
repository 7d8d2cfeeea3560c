package org.cisce.expo.common.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** The key a client is counted under: its network for an address. */
public final class ClientKeys {

    private ClientKeys() {
    }

    /**
     * The key a client address counts under: an IPv4 address as it is, an IPv6 address by its /64 network, since
     * one host commonly holds a whole /64 and could otherwise change address at every request.
     */
    public static String forAddress(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address); // IPv4 (or whatever a proxy forwarded): as it is, never looked up
        }
        InetAddress parsed;
        try {
            // with a colon getByName reads an IPv6 literal and never asks DNS
            parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
        if (parsed instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return parsed.getHostAddress(); // an IPv4-mapped IPv6 address counts as the IPv4 one
    }
}
