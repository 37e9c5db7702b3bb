package io.breachflow.demo;

import java.io.Reader;

/**
 * The demo cohort as a cohort CSV, written on the fly as the importer reads it (nothing held in memory): people
 * who cannot be anyone. Each is "Demo Customer 000123" with person id {@code DEMO-000123}, Korean, reachable only
 * by text message on a number Ofcom reserves for drama ({@code +44 7700 900000}–{@code 900999}, so a thousand
 * customers share each number). No email or postal address on purpose: every run of this cohort — the demo's, or
 * a re-notice someone orders from it later — goes to the SMS outbox ({@code /outbox}), never to the dev mailbox
 * or the mail house.
 */
final class SyntheticCustomers extends Reader {

    static final String HEADER = "person_id,name,email,phone,jurisdiction,language\n";

    private final int people;
    private int next;
    private String line = HEADER;
    private int position;

    SyntheticCustomers(int people) {
        this.people = people;
    }

    static String personId(int n) {
        return "DEMO-%06d".formatted(n);
    }

    static String name(int n) {
        return "Demo Customer %06d".formatted(n);
    }

    static String phone(int n) {
        return "+447700900%03d".formatted(n % 1000);
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (line == null) {
            return -1;
        }
        int copied = 0;
        while (copied < length && line != null) {
            int n = Math.min(length - copied, line.length() - position);
            line.getChars(position, position + n, buffer, offset + copied);
            copied += n;
            position += n;
            if (position == line.length()) {
                line = next < people ? row(++next) : null;
                position = 0;
            }
        }
        return copied;
    }

    private static String row(int n) {
        return personId(n) + "," + name(n) + ",," + phone(n) + ",KR,ko\n";
    }

    @Override
    public void close() {
        line = null;
    }
}
