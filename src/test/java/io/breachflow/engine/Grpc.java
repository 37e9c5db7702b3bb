package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts the gRPC status a client call fails with. */
final class Grpc {

    private Grpc() {
    }

    /** Runs the call, asserts it failed with the code, and returns the status description. */
    static String failsWith(Status.Code code, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected the call to fail with %s", code).isInstanceOf(ClientStatusException.class);
        Status status = ((ClientStatusException) thrown).getStatus();
        assertThat(status.getCode()).as("status of: %s", status.getDescription()).isEqualTo(code);
        return status.getDescription() == null ? "" : status.getDescription();
    }
}
