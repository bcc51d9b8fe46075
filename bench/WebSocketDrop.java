import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opens N GraphQL WebSockets on a running service (graphql-transport-ws: connection_init and two subscriptions each),
 * then drops them all without a close frame (half with a TCP reset), and prints the service's own counts from
 * /q/metrics before, while open, and after. Usage: java bench/WebSocketDrop.java http://127.0.0.1:8080 600 [hold-seconds]
 * Pair it with `jcmd <pid> GC.class_histogram` before, while open (hold) and after for the heap's side of the story.
 */
public class WebSocketDrop {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        long hold = args.length > 2 ? Long.parseLong(args[2]) * 1000 : 3000;
        System.out.println("before:  " + counts(base));
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sockets.add(open(base, "{\"type\":\"connection_init\"}",
                    "{\"id\":\"a\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { talksUpdated(talksId: \\\"1\\\") { title } }\"}}",
                    "{\"id\":\"b\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { incidentReported(filter: { region: \\\"Odesa\\\" }) { id } }\"}}"));
        }
        Thread.sleep(3000);
        System.out.println("open:    " + counts(base));
        Thread.sleep(hold);
        for (int i = 0; i < sockets.size(); i++) {
            if (i % 2 == 0) {
                sockets.get(i).setSoLinger(true, 0);
            }
            sockets.get(i).close();
        }
        Thread.sleep(3000);
        System.out.println("dropped: " + counts(base));
    }

    private static String counts(URI base) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder out = new StringBuilder();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("parley_websocket_") || line.startsWith("parley_live_events_")) {
                out.append(line).append("  ");
            }
        }
        return out.toString();
    }

    private static Socket open(URI base, String... messages) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /graphql HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String head = readHead(socket.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("Upgrade refused: " + head);
        }
        for (String message : messages) {
            byte[] payload = message.getBytes(StandardCharsets.UTF_8);
            out.write(0x81);
            if (payload.length < 126) {
                out.write(0x80 | payload.length);
            } else {
                out.write(0x80 | 126);
                out.write(payload.length >>> 8);
                out.write(payload.length & 0xff);
            }
            byte[] mask = new byte[4];
            RANDOM.nextBytes(mask);
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i % 4]);
            }
        }
        out.flush();
        return socket;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
