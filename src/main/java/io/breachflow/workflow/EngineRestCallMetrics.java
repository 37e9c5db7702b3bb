package io.breachflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.springframework.stereotype.Component;

/**
 * The engine metrics of {@link EngineCallMetrics} for the REST door (the 8.8 client's default; the starter hands
 * every {@link AsyncExecChainHandler} bean to its HTTP client): each command's round trip by route and HTTP status
 * (not the long-polling job activation), and a job's time from arriving in an activation answer to its completion,
 * failure or error command. Only keys and types are read from the answers, never variables.
 */
@Component
class EngineRestCallMetrics implements AsyncExecChainHandler {

    private static final Pattern KEY = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern JOB_OUTCOME = Pattern.compile("/v2/jobs/(\\d+)/(completion|failure|error)");
    private static final String ACTIVATION = "/v2/jobs/activation";

    private final EngineCallMetrics metrics;
    private final ObjectMapper json = new ObjectMapper();

    EngineRestCallMetrics(EngineCallMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entity, AsyncExecChain.Scope scope,
            AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        String path = request.getPath() == null ? "" : request.getPath().replaceFirst("\\?.*", "");
        String route = request.getMethod() + " " + KEY.matcher(path).replaceAll("/{key}");
        boolean activation = path.endsWith(ACTIVATION);
        Matcher outcome = JOB_OUTCOME.matcher(path);
        if (outcome.find()) {
            metrics.finished(Long.parseLong(outcome.group(1)), switch (outcome.group(2)) {
                case "completion" -> "completed";
                case "failure" -> "failed";
                default -> "error";
            });
        }
        long start = System.nanoTime();
        chain.proceed(request, entity, scope, new AsyncExecCallback() {
            private int status;

            @Override
            public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails details)
                    throws HttpException, IOException {
                status = response.getCode();
                AsyncDataConsumer consumer = callback.handleResponse(response, details);
                return activation && status == 200 && consumer != null ? new ActivatedJobs(consumer) : consumer;
            }

            @Override
            public void handleInformationResponse(HttpResponse response) throws HttpException, IOException {
                callback.handleInformationResponse(response);
            }

            @Override
            public void completed() {
                if (!activation) {
                    metrics.call(route, String.valueOf(status), System.nanoTime() - start);
                }
                callback.completed();
            }

            @Override
            public void failed(Exception cause) {
                if (!activation) {
                    metrics.call(route, "FAILED", System.nanoTime() - start);
                }
                callback.failed(cause);
            }
        });
    }

    /** Passes an activation answer on unchanged, reading its job keys and types at the end. */
    private final class ActivatedJobs implements AsyncDataConsumer {
        private final AsyncDataConsumer delegate;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        ActivatedJobs(AsyncDataConsumer delegate) {
            this.delegate = delegate;
        }

        @Override
        public void updateCapacity(CapacityChannel channel) throws IOException {
            delegate.updateCapacity(channel);
        }

        @Override
        public void consume(ByteBuffer src) throws IOException {
            ByteBuffer copy = src.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            body.write(bytes);
            delegate.consume(src);
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) throws HttpException, IOException {
            try {
                for (JsonNode job : json.readTree(body.toByteArray()).path("jobs")) {
                    metrics.arrived(job.path("jobKey").asLong(), job.path("type").asText());
                }
            } catch (IOException unreadable) {
                // metrics only: the client reads the answer itself and reports what is wrong with it
            }
            delegate.streamEnd(trailers);
        }

        @Override
        public void releaseResources() {
            delegate.releaseResources();
        }
    }
}
