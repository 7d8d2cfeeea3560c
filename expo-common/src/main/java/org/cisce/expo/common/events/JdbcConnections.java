package org.cisce.expo.common.events;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Plain JDBC connections for the spine's background threads (the outbox relay, the retention job), with
 * timeouts, so that a database that vanishes mid-statement fails the call instead of hanging the thread.
 */
@ApplicationScoped
public class JdbcConnections {

    private final String url;
    private final String username;
    private final Optional<String> password;
    private final EventsConfig config;

    public JdbcConnections(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                           @ConfigProperty(name = "quarkus.datasource.username") String username,
                           @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                           EventsConfig config) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.config = config;
    }

    public Connection open(String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username);
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", applicationName);
        props.setProperty("connectTimeout", seconds(config.jdbc().connectTimeout()));
        props.setProperty("socketTimeout", seconds(config.jdbc().socketTimeout()));
        props.setProperty("loginTimeout", seconds(config.jdbc().connectTimeout()));
        // Keep-alive probes notice a peer that disappeared without closing the connection (a host or network loss).
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, props);
    }

    private static String seconds(Duration duration) {
        return Long.toString(Math.max(1, duration.toSeconds()));
    }
}
