package io.breachflow.engine.processing;

import io.breachflow.engine.state.Job;
import java.util.List;

/** Hands activatable jobs of one type to open streams first, then to parked long polls in arrival order. */
final class ServeWaitingWorkers implements Command<Void> {
    private static final int MAX_STREAMED_PER_SERVE = 64;

    private final String type;
    private final JobWaiters waiters;
    private final CommandProcessor processor;

    ServeWaitingWorkers(String type, JobWaiters waiters, CommandProcessor processor) {
        this.type = type;
        this.waiters = waiters;
        this.processor = processor;
    }

    @Override
    public Void execute(CommandContext ctx) {
        JobBehavior jobs = new JobBehavior(ctx);
        if (waiters.nextStream(type) != null) {
            // one query for the batch, handed out round-robin: a burst of jobs reaches the streams at once
            List<Job> batch = jobs.activatable(type, MAX_STREAMED_PER_SERVE);
            if (batch.size() == MAX_STREAMED_PER_SERVE) {
                ctx.effects.afterCommit.add(() -> processor.serve(type));
            }
            for (Job candidate : batch) {
                JobWaiters.Stream stream = waiters.nextStream(type);
                ActivatedJobData job = jobs.activate(candidate, stream.worker(), stream.timeout(), stream.fetch());
                ctx.effects.afterCommit.add(() -> {
                    if (!stream.push().test(job)) {
                        waiters.close(stream);
                        processor.submit(new ReturnJob(job.key()));
                    }
                });
            }
        }
        while (!waiters.polls(type).isEmpty()) {
            JobWaiters.Poll poll = waiters.polls(type).peek();
            List<ActivatedJobData> activated = jobs.activate(type, poll.worker, poll.timeout, poll.max, poll.fetch);
            if (activated.isEmpty()) {
                break;
            }
            waiters.unpark(poll);
            ctx.effects.afterCommit.add(() -> {
                if (poll.expiry != null) {
                    poll.expiry.cancel(false);
                }
                poll.respond.accept(activated);
            });
        }
        return null;
    }

    /** A pushed job whose stream had gone: it becomes activatable again at once. */
    private record ReturnJob(long jobKey) implements Command<Void> {
        @Override
        public Void execute(CommandContext ctx) {
            var job = ctx.store.job(jobKey);
            if (job != null && job.state == Job.State.ACTIVATED) {
                job.state = Job.State.ACTIVATABLE;
                job.deadline = 0;
                job.worker = null;
                ctx.store.updateJob(job);
                ctx.effects.jobAvailable(job.type);
            }
            return null;
        }
    }
}
