package org.refkeeper.web;

import com.sun.net.httpserver.HttpServer;
import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.io.FileTrees;
import org.refkeeper.store.ArchiveStore;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local web UI over an archive, on two origins: the UI itself (sources, history, diffs, captures) and,
 * on the next port, the archived pages, restored on demand into a temporary folder and served under a
 * Content-Security-Policy that keeps them off the live web and away from the UI. Closing stops both and
 * deletes the folder.
 */
public final class WebUi implements AutoCloseable {
    public static final int DEFAULT_PORT = 8130;

    private final HttpServer ui;
    private final HttpServer replay;
    private final ExecutorService threads;
    private final Path work;
    private final URI uri;
    private final URI replayUri;
    private boolean closed;

    private WebUi(HttpServer ui, HttpServer replay, ExecutorService threads, Path work, URI uri, URI replayUri) {
        this.ui = ui;
        this.replay = replay;
        this.threads = threads;
        this.work = work;
        this.uri = uri;
        this.replayUri = replayUri;
    }

    /**
     * @param address where the UI listens (port 0: any free port); the archived pages listen on the next port
     *                (or any free one)
     */
    public static WebUi start(InetSocketAddress address, ArchiveStore store) throws IOException {
        HttpServer ui = HttpServer.create(address, 0);
        HttpServer replay;
        int next = address.getPort() == 0 ? 0 : address.getPort() + 1;
        try {
            replay = HttpServer.create(new InetSocketAddress(address.getAddress(), next), 0);
        } catch (IOException e) {
            ui.stop(0);
            throw new IOException("cannot serve the archived pages on " + address.getAddress().getHostAddress() + ":"
                    + next + ": " + e.getMessage(), e);
        }
        Path work;
        try {
            work = Files.createTempDirectory("refkeeper-serve");
        } catch (IOException e) {
            ui.stop(0);
            replay.stop(0);
            throw e;
        }
        URI uiUri = uri(address.getAddress(), ui.getAddress().getPort());
        URI replayUri = uri(address.getAddress(), replay.getAddress().getPort());
        ArchiveHistory history = new ArchiveHistory(store);
        ExecutorService threads = Executors.newFixedThreadPool(4, WebUi::daemon);
        ui.createContext("/", new UiHandler(history, replayUri, hosts(address.getAddress(), uiUri)));
        replay.createContext("/", new ReplayHandler(store, history, work, uiUri, hosts(address.getAddress(), replayUri)));
        ui.setExecutor(threads);
        replay.setExecutor(threads);
        ui.start();
        replay.start();
        return new WebUi(ui, replay, threads, work, uiUri, replayUri);
    }

    /** The UI's address, e.g. {@code http://127.0.0.1:8130/}. */
    public URI uri() {
        return uri;
    }

    /** The archived pages' origin, e.g. {@code http://127.0.0.1:8131/}. */
    public URI replayUri() {
        return replayUri;
    }

    private static URI uri(InetAddress bound, int port) {
        InetAddress shown = bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
        String host = shown instanceof Inet6Address ? "[" + shown.getHostAddress() + "]" : shown.getHostAddress();
        return URI.create("http://" + host + ":" + port + "/");
    }

    /** On loopback, the Host names a local browser uses; bound elsewhere, any (the user chose to expose it). */
    private static Set<String> hosts(InetAddress bound, URI uri) {
        if (!bound.isLoopbackAddress()) {
            return Set.of();
        }
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(uri.getRawAuthority());
        hosts.add("localhost:" + uri.getPort());
        return hosts;
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "refkeeper-serve");
        t.setDaemon(true);
        return t;
    }

    /** Stops both servers and deletes the restored pages; a second call does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        ui.stop(0);
        replay.stop(0);
        threads.shutdownNow();
        FileTrees.delete(work);
    }
}
