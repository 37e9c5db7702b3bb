package io.breachflow.engine.model;

import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import java.util.Collection;

/** Reads a BPMN event definition into an {@link EventDefinition}; unsupported kinds give null. */
final class EventDefinitions {

    interface Parser {
        Expression parse(String text);

        Expression parseFeel(String text);
    }

    private EventDefinitions() {
    }

    static EventDefinition read(Collection<? extends io.camunda.zeebe.model.bpmn.instance.EventDefinition> definitions,
            Parser parser) {
        if (definitions.isEmpty()) {
            return EventDefinition.NONE;
        }
        io.camunda.zeebe.model.bpmn.instance.EventDefinition definition = definitions.iterator().next();
        if (definition instanceof TimerEventDefinition timer) {
            return timer(timer, parser);
        }
        if (definition instanceof MessageEventDefinition message) {
            return message(message.getMessage(), parser);
        }
        if (definition instanceof SignalEventDefinition signal) {
            return new EventDefinition(EventDefinition.Kind.SIGNAL, null, null, null,
                    signal.getSignal() == null ? null : parser.parse(signal.getSignal().getName()), null, null);
        }
        if (definition instanceof ErrorEventDefinition error) {
            String code = error.getError() == null ? null : error.getError().getErrorCode();
            return new EventDefinition(EventDefinition.Kind.ERROR, null, null, null, null,
                    code == null ? null : parser.parse(code), null);
        }
        if (definition instanceof EscalationEventDefinition escalation) {
            String code = escalation.getEscalation() == null ? null : escalation.getEscalation().getEscalationCode();
            return new EventDefinition(EventDefinition.Kind.ESCALATION, null, null, null, null,
                    code == null ? null : parser.parse(code), null);
        }
        if (definition instanceof TerminateEventDefinition) {
            return new EventDefinition(EventDefinition.Kind.TERMINATE, null, null, null, null, null, null);
        }
        if (definition instanceof LinkEventDefinition link) {
            return new EventDefinition(EventDefinition.Kind.LINK, null, null, null, null, null, link.getName());
        }
        return null;
    }

    static EventDefinition message(Message message, Parser parser) {
        if (message == null) {
            return new EventDefinition(EventDefinition.Kind.MESSAGE, null, null, null, null, null, null);
        }
        ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
        Expression key = subscription == null || subscription.getCorrelationKey() == null ? null
                : parser.parseFeel(subscription.getCorrelationKey());
        return new EventDefinition(EventDefinition.Kind.MESSAGE, null, parser.parse(message.getName()), key, null, null,
                null);
    }

    private static EventDefinition timer(TimerEventDefinition timer, Parser parser) {
        EventDefinition.TimerDefinition definition;
        if (timer.getTimeDate() != null) {
            definition = new EventDefinition.TimerDefinition(EventDefinition.TimerDefinition.Type.DATE,
                    parser.parse(timer.getTimeDate().getTextContent()));
        } else if (timer.getTimeDuration() != null) {
            definition = new EventDefinition.TimerDefinition(EventDefinition.TimerDefinition.Type.DURATION,
                    parser.parse(timer.getTimeDuration().getTextContent()));
        } else if (timer.getTimeCycle() != null) {
            definition = new EventDefinition.TimerDefinition(EventDefinition.TimerDefinition.Type.CYCLE,
                    parser.parse(timer.getTimeCycle().getTextContent()));
        } else {
            return null;
        }
        return new EventDefinition(EventDefinition.Kind.TIMER, definition, null, null, null, null, null);
    }
}
