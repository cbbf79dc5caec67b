package org.pushbox.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.request.EasCommand;

/** One worker, a queue of one: a third concurrent request must get 503 with Retry-After at once. */
class OverloadIT {

    @TempDir
    Path dataDir;

    @Test
    void fullWorkerPoolAnswers503WithRetryAfter() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Map<String, String> settings = Map.of("executor.threads", "1", "executor.queue", "1");
        try (RunningServer server = RunningServer.start(dataDir, settings, (registry, store, workers, config) ->
                registry.register(EasCommand.SYNC, ctx -> {
                    entered.countDown();
                    // Deliberately occupies the only worker: that is the situation under test.
                    release.await(20, TimeUnit.SECONDS);
                    return CompletableFuture.completedFuture(CommandResponse.empty());
                }))) {
            String query = "/Microsoft-Server-ActiveSync?Cmd=Sync&User=anna&DeviceId=Busy1&DeviceType=Test";
            CompletableFuture<HttpResponse<byte[]>> first = server.client().sendAsync(server.request(query)
                    .header("MS-ASProtocolVersion", "14.1").POST(BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<HttpResponse<byte[]>>> more = List.of(1, 2).stream()
                    .map(i -> server.client().sendAsync(server.request(query).header("MS-ASProtocolVersion", "14.1")
                            .POST(BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray()))
                    .toList();
            HttpResponse<byte[]> refused = CompletableFuture.anyOf(more.toArray(CompletableFuture[]::new))
                    .thenApply(r -> (HttpResponse<byte[]>) r).get(10, TimeUnit.SECONDS);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            List<Integer> statuses = more.stream().map(f -> f.join().statusCode()).sorted().toList();
            assertThat(statuses).containsExactly(200, 503);
        }
    }
}
