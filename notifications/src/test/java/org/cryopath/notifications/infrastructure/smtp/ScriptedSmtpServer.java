package org.cryopath.notifications.infrastructure.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny real SMTP server on a loopback port, for the failures a mail catcher never gives: it refuses recipients
 * whose local part starts with {@code reject} (550) and defers those starting with {@code later} (451), and takes
 * every other message. It counts connections and keeps the Message-ID of each message it accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();
    final List<String> acceptedMessageIds = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = client.getOutputStream();
        reply(out, "220 scripted ESMTP");
        boolean recipientAccepted = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 scripted");
            } else if (command.startsWith("MAIL FROM")) {
                recipientAccepted = false;
                reply(out, "250 2.1.0 ok");
            } else if (command.startsWith("RCPT TO:<REJECT")) {
                reply(out, "550 5.1.1 mailbox unavailable");
            } else if (command.startsWith("RCPT TO:<LATER")) {
                reply(out, "451 4.2.0 mailbox busy, try later");
            } else if (command.startsWith("RCPT TO")) {
                recipientAccepted = true;
                reply(out, "250 2.1.5 ok");
            } else if (command.equals("DATA")) {
                if (!recipientAccepted) {
                    reply(out, "554 5.5.1 no valid recipients");
                    continue;
                }
                reply(out, "354 go ahead");
                String messageId = null;
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    if (messageId == null && data.toLowerCase(Locale.ROOT).startsWith("message-id:")) {
                        messageId = data.substring("message-id:".length()).strip();
                    }
                }
                acceptedMessageIds.add(messageId);
                reply(out, "250 2.0.0 queued");
            } else if (command.equals("RSET") || command.equals("NOOP")) {
                reply(out, "250 ok");
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "502 5.5.2 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
