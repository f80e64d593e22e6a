package org.refkeeper.testing;

import org.refkeeper.demo.LocalSite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP proxy on 127.0.0.1 that carries everything to one {@link LocalSite}, whatever the host: {@code CONNECT
 * host:443} becomes a tunnel to the site's HTTPS port, {@code GET http://host/path} is sent on to its HTTP port.
 * So a browser that uses it reaches the site under real host names without resolving any of them. Counts what it
 * saw per host; bounded in threads and time, and closed by the test.
 */
public final class ConnectProxy implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 32;
    private static final int IDLE_MILLIS = 30_000;
    private static final int MAX_HEAD = 64 * 1024;
    private static final Pattern CONNECT = Pattern.compile("CONNECT ([^\\s:]+):(\\d+) HTTP/1\\.[01]");
    private static final Pattern ABSOLUTE = Pattern.compile("([A-Z]+) http://([^/\\s:]+)(?::(\\d+))?(/\\S*)? (HTTP/1\\.[01])");

    private final LocalSite site;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2 * MAX_CONNECTIONS + 1, ConnectProxy::daemon);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger clients = new AtomicInteger();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final List<String> refused = new ArrayList<>();

    private ConnectProxy(LocalSite site) throws IOException {
        this.site = site;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public static ConnectProxy to(LocalSite site) throws IOException {
        return new ConnectProxy(site);
    }

    /** What to pass as {@code --proxy}. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** How many tunnels or requests the proxy carried for {@code host}. */
    public int requests(String host) {
        AtomicInteger n = seen.get(host.toLowerCase(Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    /** Every host it carried something for. */
    public Set<String> hosts() {
        return Set.copyOf(seen.keySet());
    }

    /** Request lines it could not carry: a proxy that carries every request has none. */
    public synchronized List<String> refused() {
        return List.copyOf(refused);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (clients.incrementAndGet() > MAX_CONNECTIONS) {
                    clients.decrementAndGet();
                    client.close();
                    continue;
                }
                client.setSoTimeout(IDLE_MILLIS);
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException | RejectedExecutionException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            byte[] head = head(client.getInputStream());
            String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
            Matcher connect = CONNECT.matcher(lines[0]);
            Matcher absolute = ABSOLUTE.matcher(lines[0]);
            if (connect.matches()) {
                tunnel(client, connect.group(1), Integer.parseInt(connect.group(2)));
            } else if (absolute.matches()) {
                forward(client, absolute, lines);
            } else {
                refuse(client, lines[0]);
            }
        } catch (IOException e) {
            // the browser or the site hung up: nothing to carry any more
        } finally {
            open.remove(client);
            clients.decrementAndGet();
        }
    }

    private void tunnel(Socket client, String host, int port) throws IOException {
        if (port != 443) {
            refuse(client, "CONNECT " + host + ":" + port);
            return;
        }
        count(host);
        try (Socket upstream = upstream(site.httpsPort())) {
            client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            client.getOutputStream().flush();
            pipe(client, upstream);
        }
    }

    /** Sends an absolute-form request on in origin form, one request per connection. */
    private void forward(Socket client, Matcher request, String[] lines) throws IOException {
        count(request.group(2));
        StringBuilder out = new StringBuilder(request.group(1)).append(' ')
                .append(request.group(4) == null ? "/" : request.group(4)).append(' ').append(request.group(5)).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).strip().toLowerCase(Locale.ROOT);
            if (!name.equals("proxy-connection") && !name.equals("connection") && !name.equals("keep-alive")) {
                out.append(lines[i]).append("\r\n");
            }
        }
        out.append("Connection: close\r\n\r\n");
        try (Socket upstream = upstream(site.httpPort())) {
            upstream.getOutputStream().write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
            upstream.getOutputStream().flush();
            pipe(client, upstream);
        }
    }

    private synchronized void refuse(Socket client, String what) throws IOException {
        refused.add(what);
        client.getOutputStream().write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    private Socket upstream(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), IDLE_MILLIS);
        s.setSoTimeout(IDLE_MILLIS);
        open.add(s);
        return s;
    }

    /** Copies both ways until either side closes; then both are closed. */
    private void pipe(Socket client, Socket upstream) throws IOException {
        try {
            threads.execute(() -> copy(upstream, client));
        } catch (RejectedExecutionException closing) {
            return;
        }
        copy(client, upstream);
    }

    private void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away; closing both below ends the other direction too
        } finally {
            close(from);
            close(to);
        }
    }

    /** The request line and headers, up to the blank line. */
    private static byte[] head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0 || head.size() >= MAX_HEAD) {
                throw new IOException("no complete request head");
            }
            head.write(b);
            last4 = last4 << 8 | b;
        }
        return head.toByteArray();
    }

    private void count(String host) {
        seen.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new AtomicInteger()).incrementAndGet();
    }

    private void close(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        open.forEach(this::close);
        threads.shutdownNow();
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "connect-proxy");
        t.setDaemon(true);
        return t;
    }
}
