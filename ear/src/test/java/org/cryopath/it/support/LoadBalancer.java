package org.cryopath.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What IT puts in front of two or more instances, as small as a test needs it: one address for the browser, every
 * request sent to the first instance in its list that takes the connection (so it sticks to one while that one lives),
 * and to the next one when it no longer does. Nothing else: no cookies of its own, no session table; the instances
 * share the sessions through their data grid. Redirects name the balancer, not the instance behind it.
 */
public final class LoadBalancer implements AutoCloseable {

    /** Set by the HTTP client itself, or about one connection only. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "date", "expect", "from",
            "host", "keep-alive", "transfer-encoding", "upgrade", "via", "warning");

    private final List<Integer> instances;
    private final Map<Integer, AtomicInteger> forwarded = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpServer server;

    private LoadBalancer(List<Integer> instances) throws IOException {
        this.instances = List.copyOf(instances);
        instances.forEach(port -> forwarded.put(port, new AtomicInteger()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** A balancer on a free port of 127.0.0.1, preferring the instances in the order given (their HTTP ports). */
    public static LoadBalancer inFrontOf(Integer... instancePorts) {
        try {
            return new LoadBalancer(List.of(instancePorts));
        } catch (IOException e) {
            throw new IllegalStateException("The load balancer did not start", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many requests the instance answering on this port has answered through the balancer. */
    public int forwardedTo(int instancePort) {
        return forwarded.get(instancePort).get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            for (int instance : instances) {
                HttpResponse<byte[]> response;
                try {
                    response = http.send(request(exchange, instance, body), HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException | HttpConnectTimeoutException down) {
                    continue; // that instance is not there: the next one takes the request
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                forwarded.get(instance).incrementAndGet();
                answer(exchange, instance, response);
                return;
            }
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }

    private static HttpRequest request(HttpExchange exchange, int instance, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance
                        + exchange.getRequestURI()))
                .timeout(Duration.ofMinutes(2))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private void answer(HttpExchange exchange, int instance, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":") && !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, name.equalsIgnoreCase("Location")
                        ? value.replace("//127.0.0.1:" + instance + "/", "//localhost:" + port() + "/")
                                .replace("//localhost:" + instance + "/", "//localhost:" + port() + "/")
                        : value));
            }
        });
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
