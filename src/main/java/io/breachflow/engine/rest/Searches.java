package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three searches of the 8.8 API the application uses — process instances, element instances,
 * incidents — with the filter and sort fields each supports and the result items as the 8.8 client
 * reads them (keys as strings, dates as ISO-8601 in UTC, absent values left out).
 */
final class Searches {
    static final String TENANT = "<default>";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private static final Map<String, Field<Rows.ProcessInstance>> PROCESS_INSTANCE = fields(List.of(
            Field.key("processInstanceKey", Rows.ProcessInstance::key),
            Field.key("processDefinitionKey", Rows.ProcessInstance::definitionKey),
            Field.text("processDefinitionId", Rows.ProcessInstance::processId),
            Field.text("processDefinitionName", Rows.ProcessInstance::processName),
            Field.number("processDefinitionVersion", pi -> pi.version() == null ? null : pi.version().longValue()),
            Field.text("processDefinitionVersionTag", Rows.ProcessInstance::versionTag),
            Field.key("parentProcessInstanceKey", pi -> orNull(pi.parentProcessInstanceKey())),
            Field.key("parentElementInstanceKey", pi -> orNull(pi.parentElementInstanceKey())),
            Field.text("state", Rows.ProcessInstance::state),
            Field.date("startDate", Rows.ProcessInstance::startDate),
            Field.date("endDate", Rows.ProcessInstance::endDate),
            Field.bool("hasIncident", Rows.ProcessInstance::hasIncident),
            Field.text("tenantId", pi -> TENANT)));

    private static final Map<String, Field<Rows.ElementInstance>> ELEMENT_INSTANCE = fields(List.of(
            Field.key("elementInstanceKey", Rows.ElementInstance::key),
            Field.key("processInstanceKey", Rows.ElementInstance::processInstanceKey),
            Field.key("processDefinitionKey", ei -> orNull(ei.definitionKey())),
            Field.text("processDefinitionId", Rows.ElementInstance::processId),
            Field.text("elementId", Rows.ElementInstance::elementId),
            Field.text("elementName", Rows.ElementInstance::elementName),
            Field.text("type", Rows.ElementInstance::type),
            Field.text("state", Rows.ElementInstance::state),
            Field.date("startDate", Rows.ElementInstance::startDate),
            Field.date("endDate", Rows.ElementInstance::endDate),
            Field.bool("hasIncident", Rows.ElementInstance::hasIncident),
            Field.key("incidentKey", Rows.ElementInstance::incidentKey),
            Field.text("tenantId", ei -> TENANT)));

    private static final Map<String, Field<Rows.Incident>> INCIDENT = fields(List.of(
            Field.key("incidentKey", Rows.Incident::key),
            Field.key("processDefinitionKey", i -> orNull(i.definitionKey())),
            Field.text("processDefinitionId", Rows.Incident::processId),
            Field.key("processInstanceKey", Rows.Incident::processInstanceKey),
            Field.text("errorType", Rows.Incident::errorType),
            Field.text("errorMessage", Rows.Incident::errorMessage),
            Field.text("elementId", Rows.Incident::elementId),
            Field.key("elementInstanceKey", Rows.Incident::elementInstanceKey),
            Field.date("creationTime", Rows.Incident::creationTime),
            Field.text("state", Rows.Incident::state),
            Field.key("jobKey", Rows.Incident::jobKey),
            Field.text("tenantId", i -> TENANT)));

    private final EngineReads reads;

    Searches(EngineReads reads) {
        this.reads = reads;
    }

    ObjectNode processInstances(SearchQuery query) {
        String key = Filter.pinned(query.filter(), "processInstanceKey");
        String parent = Filter.pinned(query.filter(), "parentProcessInstanceKey");
        String processId = Filter.pinned(query.filter(), "processDefinitionId");
        List<Rows.ProcessInstance> rows = key != null ? reads.processInstances("process_instance_key", parseKey(key))
                : parent != null ? reads.processInstances("parent_process_instance_key", parseKey(parent))
                : processId != null ? reads.processInstances("bpmn_process_id", processId)
                : reads.processInstances(null, null);
        return query.run(rows, PROCESS_INSTANCE, "processInstanceKey", Searches::render);
    }

    ObjectNode elementInstances(SearchQuery query) {
        String key = Filter.pinned(query.filter(), "processInstanceKey");
        return query.run(reads.elementInstances(key == null ? null : parseKey(key)), ELEMENT_INSTANCE,
                "elementInstanceKey", Searches::render);
    }

    ObjectNode incidents(SearchQuery query) {
        String key = Filter.pinned(query.filter(), "processInstanceKey");
        return query.run(reads.incidents(key == null ? null : parseKey(key)), INCIDENT, "incidentKey",
                Searches::render);
    }

    static long parseKey(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw Problem.invalid("Expected a numeric key, but got '" + key + "'");
        }
    }

    private static ObjectNode render(Rows.ProcessInstance pi) {
        ObjectNode item = JSON.objectNode();
        item.put("processInstanceKey", String.valueOf(pi.key()));
        item.put("processDefinitionKey", String.valueOf(pi.definitionKey()));
        item.put("processDefinitionId", pi.processId());
        putIfPresent(item, "processDefinitionName", pi.processName());
        if (pi.version() != null) {
            item.put("processDefinitionVersion", pi.version());
        }
        putIfPresent(item, "processDefinitionVersionTag", pi.versionTag());
        putIfPresent(item, "parentProcessInstanceKey", key(pi.parentProcessInstanceKey()));
        putIfPresent(item, "parentElementInstanceKey", key(pi.parentElementInstanceKey()));
        item.put("state", pi.state());
        putIfPresent(item, "startDate", date(pi.startDate()));
        putIfPresent(item, "endDate", date(pi.endDate()));
        item.put("hasIncident", pi.hasIncident());
        item.put("tenantId", TENANT);
        item.putArray("tags");
        return item;
    }

    private static ObjectNode render(Rows.ElementInstance ei) {
        ObjectNode item = JSON.objectNode();
        item.put("elementInstanceKey", String.valueOf(ei.key()));
        item.put("processInstanceKey", String.valueOf(ei.processInstanceKey()));
        putIfPresent(item, "processDefinitionKey", key(ei.definitionKey()));
        putIfPresent(item, "processDefinitionId", ei.processId());
        item.put("elementId", ei.elementId());
        item.put("elementName", ei.elementName());
        item.put("type", ei.type());
        item.put("state", ei.state());
        putIfPresent(item, "startDate", date(ei.startDate()));
        putIfPresent(item, "endDate", date(ei.endDate()));
        item.put("hasIncident", ei.hasIncident());
        putIfPresent(item, "incidentKey", ei.incidentKey() == null ? null : String.valueOf(ei.incidentKey()));
        item.put("tenantId", TENANT);
        return item;
    }

    private static ObjectNode render(Rows.Incident incident) {
        ObjectNode item = JSON.objectNode();
        item.put("incidentKey", String.valueOf(incident.key()));
        putIfPresent(item, "processDefinitionKey", key(incident.definitionKey()));
        putIfPresent(item, "processDefinitionId", incident.processId());
        item.put("processInstanceKey", String.valueOf(incident.processInstanceKey()));
        item.put("errorType", incident.errorType());
        putIfPresent(item, "errorMessage", incident.errorMessage());
        item.put("elementId", incident.elementId());
        item.put("elementInstanceKey", String.valueOf(incident.elementInstanceKey()));
        putIfPresent(item, "creationTime", date(incident.creationTime()));
        item.put("state", incident.state());
        putIfPresent(item, "jobKey", incident.jobKey() == null ? null : String.valueOf(incident.jobKey()));
        item.put("tenantId", TENANT);
        return item;
    }

    static <T> Map<String, Field<T>> fields(List<Field<T>> fields) {
        Map<String, Field<T>> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        return byName;
    }

    private static Long orNull(long key) {
        return key < 0 ? null : key;
    }

    private static String key(long key) {
        return key < 0 ? null : String.valueOf(key);
    }

    static String date(Instant instant) {
        return instant == null ? null : DATES.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static void putIfPresent(ObjectNode item, String name, String value) {
        if (value != null) {
            item.put(name, value);
        }
    }
}
