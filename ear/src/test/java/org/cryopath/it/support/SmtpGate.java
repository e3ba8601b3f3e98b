package org.cryopath.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small real SMTP front for GreenMail, on the port the test server sends to. It passes the conversation through
 * to GreenMail line by line, except that it answers {@code RCPT TO} itself for two kinds of test recipient, as a
 * real relay would: local parts starting with {@code reject} get {@code 550 5.1.1} (the mailbox does not exist),
 * those starting with {@code later} get {@code 451 4.2.0} (try again later). It can be closed and opened again (an
 * SMTP outage: connections refused, open ones cut) and slowed down (a slow relay), while GreenMail keeps every
 * message it was given. No mocked transport anywhere: the server under test talks real SMTP over TCP.
 */
final class SmtpGate {

    private final int port;
    private final int upstreamPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile long delayPerMessageMillis;

    SmtpGate(int port, int upstreamPort) {
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    synchronized void open() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
            listener = socket;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on SMTP port " + port, e);
        }
        Thread acceptor = new Thread(() -> accept(listener), "smtp-gate-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Refuses new connections and cuts the open ones, as a relay that went down. */
    synchronized void close() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        open.forEach(SmtpGate::closeQuietly);
        open.clear();
    }

    void delayEachMessageBy(long millis) {
        delayPerMessageMillis = millis;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                open.add(client);
                open.add(upstream);
                Conversation conversation = new Conversation(client, upstream);
                start(conversation::clientToServer, "smtp-gate-in");
                start(conversation::serverToClient, "smtp-gate-out");
            } catch (IOException e) {
                // closed: the gate is down
            }
        }
    }

    private static void start(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private final class Conversation {

        private final Socket client;
        private final Socket upstream;
        private volatile boolean inData;

        Conversation(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void clientToServer() {
            try (InputStream in = new BufferedInputStream(client.getInputStream())) {
                OutputStream toServer = upstream.getOutputStream();
                for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                    if (inData) {
                        if (isEndOfData(line)) {
                            inData = false;
                            pause();
                        }
                        toServer.write(line);
                        continue;
                    }
                    String command = new String(line, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
                    if (command.startsWith("RCPT TO:<REJECT")) {
                        reply("550 5.1.1 Recipient address rejected: mailbox unavailable");
                    } else if (command.startsWith("RCPT TO:<LATER")) {
                        reply("451 4.2.0 Recipient mailbox busy, try again later");
                    } else {
                        toServer.write(line);
                        toServer.flush();
                    }
                }
            } catch (IOException e) {
                // the client or the gate closed the connection
            } finally {
                end();
            }
        }

        void serverToClient() {
            try (InputStream in = new BufferedInputStream(upstream.getInputStream())) {
                for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                    if (line.length >= 3 && line[0] == '3' && line[1] == '5' && line[2] == '4') {
                        inData = true;
                    }
                    synchronized (this) {
                        client.getOutputStream().write(line);
                        client.getOutputStream().flush();
                    }
                }
            } catch (IOException e) {
                // closed
            } finally {
                end();
            }
        }

        private synchronized void reply(String line) throws IOException {
            client.getOutputStream().write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        }

        private void pause() {
            long delay = delayPerMessageMillis;
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void end() {
            closeQuietly(client);
            closeQuietly(upstream);
            open.remove(client);
            open.remove(upstream);
        }
    }

    private static boolean isEndOfData(byte[] line) {
        return (line.length == 3 && line[0] == '.' && line[1] == '\r' && line[2] == '\n')
                || (line.length == 2 && line[0] == '.' && line[1] == '\n');
    }

    /** One line with its line ending, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
