package org.cisce.expo.common.ratelimit;

import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Principal;
import java.util.Arrays;

/** The key a caller is counted under: its OAuth client for a token, its network for an anonymous caller. */
public final class ClientKeys {

    /** The claim Keycloak (and OpenID Connect) puts the OAuth client id in: the party the token was issued to. */
    static final String AUTHORIZED_PARTY = "azp";

    private ClientKeys() {
    }

    /**
     * A token's client: its {@code azp} claim (the OAuth client id) with its {@code sub}, else its {@code sub}. A
     * machine's tokens (the client credentials grant) all name the client's one service account, so they count
     * together; the people signed in through one public client (the dashboard) count each, rather than sharing one
     * allowance among every analyst. Prefixed so that a subject never counts as a client of the same name.
     */
    public static String forToken(Principal principal) {
        if (principal instanceof JsonWebToken jwt) {
            String client = text(jwt.getClaim(AUTHORIZED_PARTY));
            if (client != null && !client.isBlank()) {
                return "azp:" + client + " sub:" + jwt.getSubject();
            }
            if (jwt.getSubject() != null) {
                return "sub:" + jwt.getSubject();
            }
        }
        return "name:" + principal.getName();
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

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }
}
