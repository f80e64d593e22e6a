package org.refkeeper.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.refkeeper.restore.FileTypes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A static host on 127.0.0.1, as GitHub Pages or nginx would serve folders: {@code /NAME/...} from each folder. */
public final class FolderServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Path> folders;
    /** Every path asked for, in order. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    private FolderServer(Map<String, Path> folders) throws IOException {
        this.folders = Map.copyOf(folders);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @param folders each folder by the first segment of the path it is served under */
    public static FolderServer serve(Map<String, Path> folders) throws IOException {
        return new FolderServer(folders);
    }

    /** The address of {@code /NAME/}. */
    public URI uri(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            String[] parts = path.split("/", 3);
            Path folder = parts.length == 3 ? folders.get(parts[1]) : null;
            Path file = folder == null ? null : folder.resolve(parts[2].isEmpty() ? "index.html" : parts[2]).normalize();
            if (file == null || !file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", FileTypes.contentType(file.getFileName().toString()));
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
