package io.breachflow.notices.internal;

import io.breachflow.notices.MailDeliveryLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a relay's mail log for the Message-IDs it queued: Postfix logs one
 * {@code cleanup[pid]: QUEUEID: message-id=<…>} line per message it took into its queue, which is what
 * it then acknowledges with 250. Only consulted when a run resumes after a crash, for the few letters in
 * doubt; the file is read once, line by line, keeping only those ids.
 */
public final class RelayLogDeliveryLog implements MailDeliveryLog {

    private static final Pattern MESSAGE_ID = Pattern.compile("message-id=(<[^>\\s]+>)");

    private final Path logFile;

    public RelayLogDeliveryLog(Path logFile) {
        this.logFile = logFile;
    }

    @Override
    public Set<String> accepted(Collection<String> messageIds) {
        Set<String> wanted = Set.copyOf(messageIds);
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        try (BufferedReader lines = Files.newBufferedReader(logFile, StandardCharsets.ISO_8859_1)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains("message-id=<run-")) {
                    Matcher m = MESSAGE_ID.matcher(line);
                    if (m.find() && wanted.contains(m.group(1))) {
                        found.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            // without the relay's record we cannot prove acceptance: fail the resume rather than guess
            throw new UncheckedIOException("Expected a readable relay log, but it is not", e);
        }
        return found;
    }
}
