package io.breachflow.notices.internal;

import io.breachflow.cluster.ClusterNode;
import io.breachflow.notices.RunStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's dispatch in step with the others, every {@code breachflow.cluster.poll} (1 s): a run
 * this node sends that another node paused, cancelled or completed stops here (one query for all of them);
 * a RUNNING run this node does not send yet is joined. Also resolves the rows of nodes this node took over,
 * and stops sending when this node's lease is lost. Does nothing when the node works alone.
 */
public final class ClusterRuns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterRuns.class);

    private final NoticeDispatcher dispatcher;
    private final ClusterNode node;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "notice-cluster-poll");
        t.setDaemon(true);
        return t;
    });

    public ClusterRuns(NoticeDispatcher dispatcher, ClusterNode node) {
        this.dispatcher = dispatcher;
        this.node = node;
    }

    /** Registers for lost nodes and lease loss; starts polling. */
    public void start() {
        if (!node.clustered()) {
            return;
        }
        node.onLostNode(dispatcher::resolveLost);
        node.onLeaseLost(dispatcher::leaveAll);
        long poll = node.poll().toMillis();
        poller.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    void poll() {
        try {
            JdbcLedgerStore store = dispatcher.store();
            Map<Long, ActiveRun> active = dispatcher.activeRuns();
            Map<Long, RunStatus> statuses = NoticeDispatcher.sql(() -> store.statuses(List.copyOf(active.keySet())));
            active.forEach((runId, a) -> {
                RunStatus status = statuses.get(runId);
                if (status != null && status != RunStatus.RUNNING) {
                    a.leave(); // the node that paused or cancelled it reports it
                }
            });
            if (node.holdsLease()) {
                for (long runId : NoticeDispatcher.sql(() -> store.runsIn(RunStatus.RUNNING))) {
                    dispatcher.join(runId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Notice dispatch: polling the shared runs failed ({}); tried again in {}", e.getClass().getName(),
                    node.poll());
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
