package io.breachflow.engine.gateway;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/** Refuses every gRPC call without the engine's credentials with {@code UNAUTHENTICATED}, as a cluster does. */
final class BasicAuthInterceptor implements ServerInterceptor {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final EngineCredentials credentials;

    BasicAuthInterceptor(EngineCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        if (credentials.accept(headers.get(AUTHORIZATION))) {
            return next.startCall(call, headers);
        }
        call.close(Status.UNAUTHENTICATED.withDescription("Expected the engine's credentials (HTTP Basic in the "
                + "authorization header), but the call carried none or other ones"), new Metadata());
        return new ServerCall.Listener<>() { };
    }
}
