package io.breachflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The checkpoint file: one signed {@link AuditCheckpoint} per line (JSON), only ever appended to and
 * flushed to disk before the append returns. It lives outside the database (by default
 * {@code ./data/audit-checkpoints.log}); give it to a different owner or an append-only mount
 * ({@code chattr +a}) so whoever owns the database cannot rewrite it too, and the auditors get each new
 * checkpoint by mail. One application instance should write a given file.
 */
@Component
class AuditCheckpoints {

    /** A line as read: the checkpoint, or null when the line is not one, and whether its signature holds. */
    record Line(int number, AuditCheckpoint checkpoint, boolean authentic) {
    }

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final Path file;
    private final AuditKeys keys;
    private final ObjectMapper json = new ObjectMapper();

    AuditCheckpoints(AuditProperties properties, AuditKeys keys) {
        this.file = properties.checkpointFile().toAbsolutePath();
        this.keys = keys;
    }

    Path file() {
        return file;
    }

    /** Signs a checkpoint of the chain as verified up to {@code sequence} with hash {@code head}. */
    AuditCheckpoint sign(long sequence, String head, Instant at, long legacyUpTo) {
        AuditCheckpoint unsigned = new AuditCheckpoint(sequence, head, at.toString(), legacyUpTo, keys.currentId(), "");
        return new AuditCheckpoint(sequence, head, at.toString(), legacyUpTo, keys.currentId(),
                keys.sign(unsigned.signedText()));
    }

    /** The checkpoint as its line in the file (without the line break), e.g. to mail it. */
    String line(AuditCheckpoint checkpoint) {
        try {
            return json.writeValueAsString(checkpoint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a checkpoint to serialise, but " + e.getMessage(), e);
        }
    }

    synchronized void append(AuditCheckpoint checkpoint) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (line(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap(line));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Expected to append a checkpoint to " + file + ", but could not", e);
        }
    }

    /**
     * Every line of the file, oldest first. A checkpoint signed with a key this instance no longer knows
     * (dropped from {@code previous-keys}) cannot be checked and is left out, with a warning.
     */
    synchronized List<Line> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        try {
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).isBlank()) {
                    continue;
                }
                AuditCheckpoint checkpoint = parse(text.get(i));
                if (checkpoint != null && !keys.knows(checkpoint.keyId())) {
                    log.warn("Checkpoint line {} of {} is signed with key {}, which is not configured; not checked",
                            i + 1, file, checkpoint.keyId());
                    continue;
                }
                lines.add(new Line(i + 1, checkpoint, checkpoint != null && authentic(checkpoint)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Expected to read the checkpoint file " + file + ", but could not", e);
        }
        return lines;
    }

    /** The authentic checkpoints, oldest first. */
    List<AuditCheckpoint> authentic() {
        return lines().stream().filter(Line::authentic).map(Line::checkpoint).toList();
    }

    private boolean authentic(AuditCheckpoint checkpoint) {
        return checkpoint.signature() != null && keys.sign(checkpoint.keyId(), checkpoint.signedText())
                .map(checkpoint.signature()::equals).orElse(false);
    }

    private AuditCheckpoint parse(String line) {
        try {
            return json.readValue(line, AuditCheckpoint.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
