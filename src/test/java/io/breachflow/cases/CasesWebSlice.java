package io.breachflow.cases;

import io.breachflow.audit.AuditTrail;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.LawEnforcementRequests;
import io.breachflow.incidents.RegulatorQuestions;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.web.ReaderWordsForSlices;
import io.breachflow.web.WebSecurityForSlices;
import io.breachflow.workflow.CaseHistory;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The cases controllers with the real security matrix, the real workspace assembly and fakes for every
 * other module's front door (staged by {@link CaseFixtures}); the clock is fixed at {@link CaseFixtures#NOW}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(controllers = {IncidentListController.class, CaseWorkspaceController.class,
        CaseTimelineApiController.class})
@Import({WebSecurityForSlices.class, ReaderWordsForSlices.class, CaseWorkspace.class, CaseTimeline.class,
        TimelineWords.class, CaseWords.class, FactsDiff.class, IncidentLookup.class, CaseTimes.class,
        CasesWebSlice.FixedClock.class, CaseRequests.class})
@MockitoBean(types = {io.breachflow.drafting.RevisionMarkers.class, IncidentRecords.class, ObligationCatalog.class, HumanTasks.class, CaseHistory.class,
        AuditTrail.class, LawEnforcementRequests.class, RegulatorQuestions.class})
@interface CasesWebSlice {

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        Clock clock() {
            return CaseFixtures.CLOCK;
        }
    }
}
