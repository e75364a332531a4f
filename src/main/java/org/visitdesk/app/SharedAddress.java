package org.visitdesk.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.visitdesk.domain.FieldError;

/**
 * Where a shared store is, as a coordinator types it in the window: server, port, database, user, and whether the
 * connection is secured by TLS with the server's certificate checked. Never a password.
 */
public record SharedAddress(String host, int port, String database, String user, boolean tls) {

    /** PostgreSQL's usual port. */
    public static final int DEFAULT_PORT = 5432;

    /** The address read from what was typed, or the fields that are wrong (named host, port, database, user). */
    public static Result read(String host, String port, String database, String user, boolean tls) {
        List<FieldError> errors = new ArrayList<>();
        String h = host == null ? "" : host.strip();
        if (h.isEmpty()) {
            errors.add(new FieldError("host", "connect.error.host"));
        } else if (!h.matches("[A-Za-z0-9.\\-_:\\[\\]]+")) {
            errors.add(new FieldError("host", "connect.error.hostWord"));
        }
        int p = -1;
        String typedPort = port == null ? "" : port.strip();
        try {
            p = typedPort.isEmpty() ? DEFAULT_PORT : Integer.parseInt(typedPort);
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            errors.add(new FieldError("port", "connect.error.port"));
        }
        String d = database == null ? "" : database.strip();
        if (d.isEmpty()) {
            errors.add(new FieldError("database", "connect.error.database"));
        }
        String u = user == null ? "" : user.strip();
        if (u.isEmpty()) {
            errors.add(new FieldError("user", "connect.error.user"));
        }
        return errors.isEmpty() ? new Result(new SharedAddress(h, p, d, u, tls), List.of())
                : new Result(null, List.copyOf(errors));
    }

    /** An address, or what is wrong with what was typed. */
    public record Result(SharedAddress address, List<FieldError> errors) {
    }

    /** The PostgreSQL JDBC URL, as {@code --db} takes it; TLS asks for {@code sslmode=verify-full}. */
    public String url() {
        // an IPv6 address goes in brackets, so that its colons are not read as the port's
        String server = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + server + ":" + port + "/" + encode(database) + "?user=" + encode(user)
                + (tls ? "&sslmode=verify-full" : "");
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Server, port, database and user, for people to read. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
