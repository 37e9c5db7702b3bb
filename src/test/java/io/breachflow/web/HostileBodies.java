package io.breachflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.mock.web.MockHttpServletResponse;

/** The valid bodies the fuzz test starts from and the ways it breaks them, each always invalid. */
final class HostileBodies {

    static final String FACTS = """
            {"title": "Customer data accessed by former employee",
             "awareAt": "2025-11-18T22:00:00+09:00", "detectedAt": "2025-11-18T20:30:00+09:00",
             "affected": [{"jurisdiction": "KR", "count": 4500}, {"jurisdiction": "US-CA", "count": 501}],
             "dataCategories": ["NAME", "EMAIL"], "cause": "INSIDER", "unauthorizedAccess": true,
             "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "KR", "secRegistrant": true, "onlineServiceProvider": true,
                              "euMainEstablishment": null, "euRepresentative": null, "nis2Entity": null,
                              "criticalInfrastructure": false},
             "milestones": {"materialityDeterminedAt": null, "assessmentCompletedAt": null,
                            "breachDeterminedAt": null, "personalDataConfirmedAt": null}}
            """;

    /** An endpoint, a valid body for it, and the fields it cannot do without. */
    record Target(String path, String body, List<String> required) {
    }

    static List<Target> targets() {
        return List.of(
                new Target("/api/obligations/evaluate", FACTS, List.of("awareAt", "affected")),
                new Target("/api/incidents", FACTS, List.of("awareAt", "affected")),
                new Target("/api/incidents/{id}/revisions", """
                        {"revisedAt": "2025-11-20T10:00:00+09:00", "note": "more people",
                         "facts": {"affected": [{"jurisdiction": "KR", "count": 9000}], "title": "Wider"}}""",
                        List.of("revisedAt", "facts")),
                new Target("/api/signals", """
                        {"source": "siem", "reference": "alert-1", "type": "EXFILTRATION", "severity": "HIGH",
                         "observedAt": "2025-11-18T20:30:00+09:00", "summary": "Large export"}""",
                        List.of("source", "reference", "type", "severity", "observedAt")),
                new Target("/api/incidents/{id}/regulator-questions", """
                        {"authority": "PIPC", "reference": "Q-1", "receivedAt": "2025-11-20T09:00:00+09:00",
                         "answerDue": "2025-11-27T18:00:00+09:00", "question": "How many were affected?"}""",
                        List.of("authority", "receivedAt", "question")),
                new Target("/api/incidents/{id}/law-enforcement-holds", """
                        {"requestedAt": "2025-11-19T09:00:00+09:00", "holdUntil": "2025-11-26T09:00:00+09:00",
                         "agency": "KNPA", "reference": "H-1", "note": "hold", "attachmentId": null}""",
                        List.of("requestedAt", "holdUntil", "agency", "reference")),
                new Target("/api/incidents/{id}/police-referral", """
                        {"reason": "insider took the data"}""", List.of("reason")),
                new Target("/api/incidents/{id}/evidence/packages/{n}/handover", """
                        {"caseNumber": "2025-KNPA-1"}""", List.of()),
                new Target("/api/tasks/{n}/complete", """
                        {"approved": true, "comment": "fine"}""", List.of()),
                new Target("/api/notice-runs", """
                        {"cohortId": 9000000001, "template": "generic/notice", "version": "v1",
                         "contentHash": "0000000000000000000000000000000000000000000000000000000000000000"}""",
                        List.of("cohortId", "template")),
                new Target("/api/notice-runs/{n}/renotice", """
                        {"reason": "The first letter named the wrong data", "orderReference": "PIPC-2025-7",
                         "includeUnreached": false}""", List.of("reason")),
                new Target("/api/notices/lookup", """
                        {"email": "kim@example.com", "reason": "Complaint 2025-118"}""", List.of("email", "reason")));
    }

    static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "text/plain", "application/xml",
            "application/json; charset=klingon", "multipart/form-data", "application/x-www-form-urlencoded",
            "garbage", "application/json/x", "text/*");

    private static final List<String> BAD_DATES = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z", "2101-01-01T00:00:00Z", "1989-12-31T23:59:59Z", "not a date",
            "2025-13-45T99:99:99Z", "2025-11-18T22:00:00");

    /** A broken body with a word on what was broken. */
    record Mutated(String what, JsonNode body, byte[] raw) {

        byte[] bytes(ObjectMapper json) {
            try {
                return raw != null ? raw : json.writeValueAsBytes(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One leaf (at any depth) replaced by a value of a type or range it never accepts. */
    static Mutated mutateLeaf(ObjectNode body, Random random) {
        List<String[]> leaves = new ArrayList<>();
        collect(body, "", leaves);
        String[] leaf = leaves.get(random.nextInt(leaves.size()));
        JsonNode value = hostileFor(leaf[0], leaf[1], random);
        set(body, leaf[0], value);
        return new Mutated(leaf[1] + "@" + leaf[0], body, null);
    }

    private static void collect(JsonNode node, String path, List<String[]> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            String name = path.replaceAll(".*\\.", "").replaceAll("\\[\\d+]$", "");
            String kind = node.isNumber() ? "number" : node.isBoolean() ? "boolean"
                    : name.endsWith("At") || name.endsWith("Until") || name.endsWith("Due") ? "date" : "text";
            leaves.add(new String[] {path, kind});
        }
    }

    private static JsonNode hostileFor(String path, String kind, Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        int pick = random.nextInt(8);
        return switch (kind) {
            case "number" -> List.<JsonNode>of(nodes.numberNode(1.5), nodes.textNode("12"), nodes.booleanNode(true),
                    nodes.numberNode(-1), nodes.numberNode(1e30), nodes.numberNode(new java.math.BigInteger("99999999999999999999")),
                    nodes.numberNode(10_000_000_001L), nodes.objectNode()).get(pick);
            case "boolean" -> List.<JsonNode>of(nodes.textNode("true"), nodes.numberNode(1), nodes.numberNode(0),
                    nodes.textNode("yes"), nodes.numberNode(1.5), nodes.arrayNode(), nodes.objectNode(),
                    nodes.textNode("x".repeat(20_001))).get(pick);
            case "date" -> random.nextBoolean() ? nodes.textNode(BAD_DATES.get(pick))
                    : List.<JsonNode>of(nodes.numberNode(12), nodes.booleanNode(true), nodes.arrayNode(),
                    nodes.textNode("+999999999-12-31T23:59:59Z"), nodes.textNode("x".repeat(20_001)),
                    nodes.textNode("1970-01-01T00:00:00Z"), nodes.objectNode(), nodes.numberNode(1.5)).get(pick);
            default -> List.<JsonNode>of(nodes.numberNode(12), nodes.numberNode(1.5), nodes.booleanNode(true),
                    nodes.objectNode(), nodes.arrayNode(), nodes.textNode("x".repeat(20_001)),
                    nodes.textNode("a\u0000b"), nodes.numberNode(12)).get(pick);
        };
    }

    /** A required field gone, an unknown field, a key twice, too many or repeated jurisdictions, dates out of order. */
    static Mutated mutateStructure(ObjectNode body, Target target, Random random) {
        int pick = random.nextInt(6);
        if (pick == 0 && !target.required().isEmpty()) {
            String field = target.required().get(random.nextInt(target.required().size()));
            body.remove(field);
            return new Mutated("missing " + field, body, null);
        }
        if (pick == 1) {
            body.put("unexpected" + random.nextInt(3), "x");
            return new Mutated("unknown field", body, null);
        }
        if (pick == 2 && body.size() > 0) {
            String first = body.fieldNames().next();
            String text = body.toString();
            String duplicated = "{\"" + first + "\":" + body.get(first) + "," + text.substring(1);
            return new Mutated("duplicate " + first, null, duplicated.getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode facts = body.has("affected") ? body : body.has("facts") ? (ObjectNode) body.get("facts") : null;
        if (pick == 3 && facts != null) {
            ArrayNode affected = facts.putArray("affected");
            boolean repeat = random.nextBoolean();
            for (int i = 0; i < (repeat ? 2 : 301); i++) {
                affected.addObject().put("jurisdiction", repeat ? "KR" : "US-CA").put("count", 1);
            }
            return new Mutated(repeat ? "repeated jurisdiction" : "301 jurisdictions", body, null);
        }
        if (pick == 4 && body.has("answerDue")) {
            body.put("answerDue", "2025-11-19T09:00:00+09:00");
            return new Mutated("answer due before question", body, null);
        }
        if (pick == 4 && body.has("holdUntil")) {
            body.put("holdUntil", "2025-11-18T09:00:00+09:00");
            return new Mutated("hold ending before request", body, null);
        }
        String deepBody = "{\"deep\":" + "[".repeat(2_000) + "]".repeat(2_000) + "," + body.toString().substring(1);
        return new Mutated("deep nesting", null, deepBody.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a valid body broken: cut short, trailing garbage, bad UTF-8, a NUL byte, empty. */
    static byte[] breakText(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 2));
            case 1 -> (text + (random.nextBoolean() ? " x" : "{}")).getBytes(StandardCharsets.UTF_8);
            case 2 -> withBadUtf8(bytes);
            case 3 -> text.replaceFirst("\\{", "{\u0000").getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[0];
            default -> ("'" + text.substring(1)).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] withBadUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"") + 2;
        byte[] head = text.substring(0, quote).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(quote).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, broken, 0, head.length);
        broken[head.length] = (byte) 0xC3;
        broken[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, broken, head.length + 2, tail.length);
        return broken;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        List<String> steps = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : "#" + m.group(2));
        }
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            String step = steps.get(i);
            node = step.startsWith("#") ? node.get(Integer.parseInt(step.substring(1))) : node.get(step);
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("#")) {
            ((ArrayNode) node).set(Integer.parseInt(last.substring(1)), value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    /** Null when the answer is a proper refusal; otherwise what is wrong with it. */
    static String verdict(MockHttpServletResponse answer, ObjectMapper json) throws Exception {
        int status = answer.getStatus();
        if (status < 400 || status >= 500) {
            return "→ " + status;
        }
        if (!"application/problem+json".equals(answer.getContentType())) {
            return "→ " + status + " as " + answer.getContentType();
        }
        if (status == 400 || status == 413 || status == 415) {
            JsonNode errors = json.readTree(answer.getContentAsByteArray()).path("errors");
            if (!errors.isArray() || errors.isEmpty() || errors.get(0).path("field").asText("").isBlank()) {
                return "→ " + status + " without a field";
            }
        }
        return null;
    }

    private HostileBodies() {
    }
}
