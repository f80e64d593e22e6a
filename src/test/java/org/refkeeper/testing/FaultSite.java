package org.refkeeper.testing;

import org.refkeeper.demo.SiteHandler;
import org.refkeeper.demo.SiteRequest;
import org.refkeeper.demo.SiteResponse;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web that misbehaves, on plain HTTP over raw sockets so that it can do what an HTTP server library hides:
 * reset a connection (TCP RST), hang until the browser gives up and notice when it does, stream a body that
 * never ends. Answers are {@link SiteResponse}s, as on {@link org.refkeeper.demo.LocalSite}. It watches the
 * browser too: every request's arrival, and how many pages (routes added with {@link #page}) each host was
 * serving at once, counted from a request's arrival until its answer is sent or the browser closes the connection.
 */
public final class FaultSite implements AutoCloseable {
    private record Route(SiteHandler handler, boolean page) {
    }

    /** One request as it arrived. */
    public record Arrival(String url, Instant at) {
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "fault-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> pagesNow = new HashMap<>();
    private final Map<String, Integer> pagesMost = new HashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private FaultSite() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    public static FaultSite start() throws IOException {
        return new FaultSite();
    }

    /** Serves {@code url} (http, any query) as a page: a document a source names, counted per host. */
    public FaultSite page(String url, SiteHandler handler) {
        routes.put(key(URI.create(url)), new Route(handler, true));
        return this;
    }

    /** Serves {@code url} as a resource of pages (an image, a script): not counted as a page. */
    public FaultSite resource(String url, SiteHandler handler) {
        routes.put(key(URI.create(url)), new Route(handler, false));
        return this;
    }

    /** Chromium switches that send every routed host here and every other name nowhere. */
    public List<String> browserArgs() {
        Set<String> hosts = new TreeSet<>();
        routes.keySet().forEach(k -> hosts.add(k.substring(0, k.indexOf('/'))));
        List<String> rules = new ArrayList<>();
        for (String host : hosts) {
            rules.add("MAP " + host + ":80 " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
        }
        rules.add("MAP * ~NOTFOUND");
        return List.of("--host-resolver-rules=" + String.join(", ", rules));
    }

    /** Every request in the order it arrived. */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** For each host, the most pages it was serving at one moment. */
    public synchronized Map<String, Integer> mostPagesAtOnce() {
        return Map.copyOf(pagesMost);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One connection, one request: every answer says {@code Connection: close}. */
    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            SiteRequest request = read(in);
            if (request == null) {
                return;
            }
            arrivals.add(new Arrival("http://" + request.host() + request.path()
                    + (request.query().isEmpty() ? "" : "?" + request.query()), Instant.now()));
            Route route = routes.get(request.host() + request.path());
            boolean page = route != null && route.page();
            if (page) {
                busy(request.host(), +1);
            }
            boolean serving = page;
            try {
                SiteResponse response = route == null ? SiteResponse.status(404, "no route") : answer(route, request);
                if (serving && response.status() / 100 == 3) {
                    // a redirect is no page: the browser goes on to the next address as soon as it reads this
                    busy(request.host(), -1);
                    serving = false;
                }
                deliver(socket, in, response);
            } finally {
                if (serving) {
                    busy(request.host(), -1);
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the browser went away, or the site closed
        }
    }

    private static SiteResponse answer(Route route, SiteRequest request) {
        try {
            return route.handler().answer(request);
        } catch (IOException | RuntimeException e) {
            return SiteResponse.status(500, "handler failed: " + e);
        }
    }

    private void deliver(Socket socket, InputStream in, SiteResponse response) throws IOException, InterruptedException {
        if (closing.await(response.delay().toMillis(), TimeUnit.MILLISECONDS)) {
            return;
        }
        switch (response.delivery()) {
            case RESET -> socket.setSoLinger(true, 0);
            case DROP -> { }
            case HANG -> untilBrowserLeaves(socket, in);
            case SEND -> send(socket.getOutputStream(), response, response.length());
            case STALL -> {
                send(socket.getOutputStream(), response, response.length() / 2);
                untilBrowserLeaves(socket, in);
            }
        }
    }

    /** Holds the connection open until the browser closes it (or the site closes). */
    private void untilBrowserLeaves(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(100);
        while (closing.getCount() > 0) {
            try {
                if (in.read() < 0) {
                    return;
                }
            } catch (java.net.SocketTimeoutException stillThere) {
                // keep waiting
            } catch (SocketException reset) {
                return;
            }
        }
    }

    private void send(OutputStream out, SiteResponse response, long upTo) throws IOException, InterruptedException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
                .append(reason(response.status())).append("\r\n");
        response.headers().forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        head.append("Connection: close\r\n");
        if (response.declaresLength()) {
            head.append("Content-Length: ").append(response.length()).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        byte[] body = response.body();
        long left = upTo < 0 ? Long.MAX_VALUE : upTo;
        for (long n = 0; n < response.times() && left > 0 && body.length > 0; n++) {
            if (n > 0 && closing.await(response.pause().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            int part = (int) Math.min(body.length, left);
            out.write(body, 0, part); // fails once the browser has gone: an endless body ends there
            left -= part;
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private synchronized void busy(String host, int change) {
        int now = pagesNow.merge(host, change, Integer::sum);
        pagesMost.merge(host, now, Math::max);
    }

    /** The request line and headers; null when the browser closed without asking. */
    private static SiteRequest read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).strip();
                line.reset();
                if (text.isEmpty()) {
                    break;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        String[] first = lines.get(0).split(" ");
        Map<String, List<String>> headers = new HashMap<>();
        for (String h : lines.subList(1, lines.size())) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(h.substring(colon + 1).strip());
            }
        }
        URI target = URI.create(first[1]);
        String host = headers.getOrDefault("host", List.of("")).get(0).replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        return new SiteRequest(first[0], host, target.getRawPath(), target.getRawQuery() == null ? "" : target.getRawQuery(),
                headers, new byte[0]);
    }

    private static String key(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + url.getRawPath();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    @Override
    public void close() {
        closing.countDown();
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
