package org.cisce.expo.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Free ports and whether something listens, on 127.0.0.1. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on right now (the kernel's choice). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first port from {@code start} that nothing listens on and that is not {@code except}. */
    public static int freeFrom(int start, int except) {
        for (int port = start; port < 65535; port++) {
            if (port != except && !accepts(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port from " + start);
    }

    public static boolean accepts(int port) {
        return accepts("127.0.0.1", port);
    }

    public static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a server could listen on the port (on any address: another program may hold 0.0.0.0). */
    public static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
