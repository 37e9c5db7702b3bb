package io.breachflow.workflow;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine latency as the app's Camunda client sees it, from a gRPC interceptor (the starter hands every
 * {@link ClientInterceptor} bean to the client) and, for the REST door the 8.8 client prefers, from
 * {@link EngineRestCallMetrics}: {@code breachflow_engine_calls_seconds{method,status}} times each
 * command round trip (not the long-polling job activation), and
 * {@code breachflow_engine_job_latency_seconds{type,outcome}} the time from a job reaching this client to its
 * complete, fail or throw-error command (for user tasks: the person's time). Jobs are remembered by key only, at
 * most 100,000 for at most 7 days.
 */
@Component
class EngineCallMetrics implements ClientInterceptor {

    private static final Set<String> LONG_POLLS = Set.of("ActivateJobs", "StreamActivatedJobs");

    private record Activated(String type, long nanos) {
    }

    private final ObjectProvider<MeterRegistry> registry;
    private final Cache<Long, Activated> activated = CacheBuilder.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(7)).build();

    EngineCallMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        String name = method.getBareMethodName();
        long start = System.nanoTime();
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onMessage(R message) {
                        jobsArrived(message);
                        super.onMessage(message);
                    }

                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        if (name != null && !LONG_POLLS.contains(name)) {
                            timer("breachflow.engine.calls", "Engine command round trips", "method", name,
                                    "status", status.getCode().name()).record(System.nanoTime() - start,
                                    TimeUnit.NANOSECONDS);
                        }
                        super.onClose(status, trailers);
                    }
                }, headers);
            }

            @Override
            public void sendMessage(Q message) {
                jobFinished(message);
                super.sendMessage(message);
            }
        };
    }

    private void jobsArrived(Object message) {
        long now = System.nanoTime();
        if (message instanceof ActivatedJob job) {
            activated.put(job.getKey(), new Activated(job.getType(), now));
        } else if (message instanceof ActivateJobsResponse response) {
            response.getJobsList().forEach(job -> activated.put(job.getKey(), new Activated(job.getType(), now)));
        }
    }

    private void jobFinished(Object message) {
        if (message instanceof CompleteJobRequest complete) {
            finished(complete.getJobKey(), "completed");
        } else if (message instanceof FailJobRequest fail) {
            finished(fail.getJobKey(), "failed");
        } else if (message instanceof ThrowErrorRequest error) {
            finished(error.getJobKey(), "error");
        }
    }

    /** A command round trip over either door: {@code method} names the command, {@code status} its answer. */
    void call(String method, String status, long nanos) {
        timer("breachflow.engine.calls", "Engine command round trips", "method", method, "status", status)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A job of {@code type} reached this client now. */
    void arrived(long jobKey, String type) {
        activated.put(jobKey, new Activated(type, System.nanoTime()));
    }

    /** This client sends the job's outcome command now. */
    void finished(long jobKey, String outcome) {
        Activated job = activated.getIfPresent(jobKey);
        if (job != null) {
            activated.invalidate(jobKey);
            timer("breachflow.engine.job.latency", "From a job reaching this client to its outcome command",
                    "type", job.type(), "outcome", outcome).record(System.nanoTime() - job.nanos(), TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String name, String description, String... tags) {
        return Timer.builder(name).description(description).tags(tags).register(registry.getObject());
    }
}
