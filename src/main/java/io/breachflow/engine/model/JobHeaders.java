package io.breachflow.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads custom headers, and the reserved headers Zeebe gives job-based user tasks. */
final class JobHeaders {

    static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";
    private static final String PREFIX = "io.camunda.zeebe:";

    private JobHeaders() {
    }

    static Map<String, String> of(BaseElement node) {
        Map<String, String> headers = new LinkedHashMap<>();
        ZeebeTaskHeaders taskHeaders = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (taskHeaders != null) {
            for (ZeebeHeader header : taskHeaders.getHeaders()) {
                headers.put(header.getKey(), header.getValue());
            }
        }
        return headers;
    }

    interface Parser {
        Expression parse(BaseElement node, String text, ProcessTransformer.Problems problems);
    }

    static JobDefinition userTaskJob(BaseElement node, Parser parser, ProcessTransformer.Problems problems) {
        Map<String, JobDefinition.UserTaskHeader> dynamic = new LinkedHashMap<>();
        ZeebeAssignmentDefinition assignment = node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        if (assignment != null) {
            put(dynamic, "assignee", assignment.getAssignee(), false, node, parser, problems);
            put(dynamic, "candidateGroups", assignment.getCandidateGroups(), true, node, parser, problems);
            put(dynamic, "candidateUsers", assignment.getCandidateUsers(), true, node, parser, problems);
        }
        ZeebeTaskSchedule schedule = node.getSingleExtensionElement(ZeebeTaskSchedule.class);
        if (schedule != null) {
            put(dynamic, "dueDate", schedule.getDueDate(), false, node, parser, problems);
            put(dynamic, "followUpDate", schedule.getFollowUpDate(), false, node, parser, problems);
        }
        ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
        if (form != null && form.getFormKey() != null) {
            put(dynamic, "formKey", form.getFormKey(), false, node, parser, problems);
        }
        return new JobDefinition(new StaticExpression(USER_TASK_JOB_TYPE, USER_TASK_JOB_TYPE),
                new StaticExpression("1", "1"), of(node), Map.copyOf(dynamic));
    }

    private static void put(Map<String, JobDefinition.UserTaskHeader> headers, String name, String text, boolean list,
            BaseElement node, Parser parser, ProcessTransformer.Problems problems) {
        if (text != null && !text.isBlank()) {
            Expression expression = parser.parse(node, text, problems);
            if (expression != null) {
                headers.put(PREFIX + name, new JobDefinition.UserTaskHeader(expression, list));
            }
        }
    }
}
