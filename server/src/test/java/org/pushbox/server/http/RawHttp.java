package org.pushbox.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Sends bytes the JDK client refuses to send (bad methods, huge lines) and reads the raw answer. */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} and returns everything the server writes until it closes or goes quiet. */
    static String exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // keep-alive connection stayed open, or the server reset after answering: we have the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    static String exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The status code of the first response in {@code answer}. */
    static int status(String answer) {
        if (!answer.startsWith("HTTP/1.")) {
            throw new AssertionError("not an HTTP response: " + answer);
        }
        return Integer.parseInt(answer.substring(9, 12));
    }
}
