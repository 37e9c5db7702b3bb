package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.OpenObligations.Tracked;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's rows and its time-axis chart, drawn as plain SVG on the server: no script, prints,
 * and reads with a screen reader through the table beside it. Each bar runs from now to the deadline
 * (leftwards when overdue). At risk: less than 12 hours, or less than a quarter of the window from
 * the incident's report to the deadline, left (the inbox's rule). An obligation whose deadline cannot be
 * computed because a holiday calendar does not cover the year its clock needs is an error row right after
 * the overdue ones: someone has to count by hand.
 */
record DeadlineChart(List<Row> rows, List<Tick> ticks, double nowX, int height) {

    static final int WIDTH = 1000;
    static final int LABEL = 260;
    static final int ROW = 24;
    static final int MAX_BARS = 40;

    enum Level { OVERDUE, CALENDAR_GAP, AT_RISK, ON_TRACK, NO_DEADLINE }

    /** One obligation with its level and its bar ({@code x}/{@code width} in chart units). */
    record Row(Tracked obligation, Level level, long hoursLeft, double x, double width, int y) {

        public String css() {
            return "urgency-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An axis mark at {@code x}, {@code days} from now. */
    record Tick(double x, long days) {
    }

    /** How many narrow (Latin) characters fit the label column at the chart's font size; a wide glyph counts two. */
    static final int LABEL_COLUMNS = 42;

    /**
     * A bar's label cut to the label column with an ellipsis: SVG text does not wrap, and a Korean label the
     * length of an English one is twice as wide, so the cut counts Hangul and CJK glyphs as two columns.
     */
    public String label(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            columns += wide(c) ? 2 : 1;
            if (columns > LABEL_COLUMNS - 1 && i + Character.charCount(c) < text.length()) {
                return text.substring(0, i).stripTrailing() + "…";
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    static DeadlineChart of(List<Tracked> open, Instant now) {
        List<Row> rows = new ArrayList<>();
        for (Tracked o : open) {
            rows.add(row(o, now));
        }
        rows.sort(Comparator.comparing(Row::level).thenComparing(Row::hoursLeft));
        Instant start = now.minus(Duration.ofDays(1));
        Instant end = now.plus(Duration.ofDays(3));
        for (Tracked o : open) {
            if (o.dueAt() != null) {
                Instant due = o.dueAt().toInstant();
                start = due.isBefore(start) ? due : start;
                end = due.isAfter(end) ? due : end;
            }
        }
        double span = Duration.between(start, end).toSeconds();
        double scale = (WIDTH - LABEL - 10) / span;
        double nowX = LABEL + Duration.between(start, now).toSeconds() * scale;
        List<Row> placed = new ArrayList<>();
        for (Row row : rows) {
            if (row.obligation().dueAt() == null || placed.size() == MAX_BARS) {
                placed.add(new Row(row.obligation(), row.level(), row.hoursLeft(), 0, 0, -1));
                continue;
            }
            double dueX = LABEL + Duration.between(start, row.obligation().dueAt().toInstant()).toSeconds() * scale;
            int y = 30 + placed.stream().filter(r -> r.y() >= 0).toList().size() * ROW;
            placed.add(new Row(row.obligation(), row.level(), row.hoursLeft(), Math.min(nowX, dueX),
                    Math.max(2, Math.abs(dueX - nowX)), y));
        }
        long bars = placed.stream().filter(r -> r.y() >= 0).count();
        return new DeadlineChart(placed, ticks(start, end, now, scale), nowX, (int) (40 + bars * ROW));
    }

    private static Row row(Tracked o, Instant now) {
        if (o.dueAt() == null) {
            boolean gap = o.gap() != null && o.gap().isError();
            return new Row(o, gap ? Level.CALENDAR_GAP : Level.NO_DEADLINE, Long.MAX_VALUE, 0, 0, -1);
        }
        Duration left = Duration.between(now, o.dueAt().toInstant());
        Duration window = Duration.between(o.openedAt(), o.dueAt().toInstant());
        Level level = left.isNegative() || left.isZero() ? Level.OVERDUE
                : left.toHours() < 12 || left.multipliedBy(4).compareTo(window) < 0 ? Level.AT_RISK : Level.ON_TRACK;
        return new Row(o, level, left.toHours(), 0, 0, -1);
    }

    private static List<Tick> ticks(Instant start, Instant end, Instant now, double scale) {
        long days = Math.max(1, Duration.between(start, end).toDays());
        long step = days <= 8 ? 1 : days <= 30 ? 7 : 30;
        List<Tick> ticks = new ArrayList<>();
        for (long d = -Duration.between(start, now).toDays(); now.plus(Duration.ofDays(d)).isBefore(end); d++) {
            if (d % step == 0) {
                ticks.add(new Tick(LABEL + Duration.between(start, now.plus(Duration.ofDays(d))).toSeconds() * scale, d));
            }
        }
        return ticks;
    }

    public long barCount() {
        return rows.stream().filter(r -> r.y() >= 0).count();
    }

    /** The rows whose deadline cannot be computed for want of a holiday calendar, for the error summary. */
    public List<Row> calendarGaps() {
        return rows.stream().filter(r -> r.level() == Level.CALENDAR_GAP).toList();
    }
}
