package io.breachflow.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the demo data's status into every page's model while demo data exists, for the marker the shared layout
 * shows on every page ({@code templates/demo/banner.html}); null otherwise, so a real installation shows nothing.
 */
@ControllerAdvice
class DemoBanner {

    private final org.springframework.beans.factory.ObjectProvider<DemoRecord> record;

    /** Optional so web slices, which load every advice but no repository, still start. */
    DemoBanner(org.springframework.beans.factory.ObjectProvider<DemoRecord> record) {
        this.record = record;
    }

    @ModelAttribute("demoData")
    DemoStatus demoData() {
        DemoRecord demo = record.getIfAvailable();
        if (demo == null) {
            return null;
        }
        try {
            DemoStatus status = demo.status();
            return status.present() ? status : null;
        } catch (org.springframework.dao.DataAccessException unreadable) {
            return null; // the banner never takes a page (or the error page) down with it
        }
    }
}
