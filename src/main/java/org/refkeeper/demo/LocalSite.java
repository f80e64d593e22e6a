package org.refkeeper.demo;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Web sites served from 127.0.0.1 under their real host names, for the demo and for tests.
 * HTTPS (a bundled self-signed certificate, so capture with {@code ignoreHttpsErrors}) and plain HTTP
 * listen on two free loopback ports and route by Host header and path.
 * Chromium reaches them through {@link #browserArgs()}, which also makes every other host name
 * fail to resolve, so that nothing leaves the machine.
 */
public final class LocalSite implements AutoCloseable {
    private static final char[] KEYSTORE_PASSWORD = "refkeeper".toCharArray(); // a public demo key, not a secret

    private final SiteDispatcher dispatcher = new SiteDispatcher();
    private final ExecutorService threads = Executors.newCachedThreadPool(LocalSite::daemon);
    private final HttpsServer https;
    private final HttpServer http;

    private LocalSite() throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        https = HttpsServer.create(loopback, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(sslContext()));
        http = HttpServer.create(loopback, 0);
        for (HttpServer server : List.of(https, http)) {
            server.createContext("/", dispatcher);
            server.setExecutor(threads);
            server.start();
        }
    }

    /** Starts an empty site; add pages with {@link #route}. */
    public static LocalSite start() throws IOException {
        return new LocalSite();
    }

    /** Serves {@code https://host/path} and {@code http://host/path} (exact path, any query) with the handler. */
    public LocalSite route(String host, String path, SiteHandler handler) {
        dispatcher.add(host, path, handler);
        return this;
    }

    public LocalSite route(String host, String path, SiteResponse response) {
        return route(host, path, SiteHandler.always(response));
    }

    public int httpsPort() {
        return https.getAddress().getPort();
    }

    public int httpPort() {
        return http.getAddress().getPort();
    }

    /**
     * Chromium switches that send the routed hosts (as routed when this is called) to this site
     * and make every other host name fail as if it did not exist.
     */
    public List<String> browserArgs() {
        String loopback = InetAddress.getLoopbackAddress().getHostAddress();
        List<String> rules = new ArrayList<>();
        for (String host : new TreeSet<>(dispatcher.hosts())) {
            rules.add("MAP " + host + ":443 " + loopback + ":" + httpsPort());
            rules.add("MAP " + host + ":80 " + loopback + ":" + httpPort());
        }
        rules.add("MAP * ~NOTFOUND");
        return List.of("--host-resolver-rules=" + String.join(", ", rules));
    }

    @Override
    public void close() {
        dispatcher.close();
        https.stop(0);
        http.stop(0);
        threads.shutdownNow();
    }

    private static SSLContext sslContext() throws IOException {
        try (InputStream in = LocalSite.class.getResourceAsStream("localsite.p12")) {
            if (in == null) {
                throw new IOException("localsite.p12 is missing from the classpath");
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, KEYSTORE_PASSWORD);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, KEYSTORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load the local site's certificate: " + e.getMessage(), e);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "local-site");
        thread.setDaemon(true);
        return thread;
    }
}
