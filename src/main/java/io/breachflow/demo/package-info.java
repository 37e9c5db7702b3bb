/**
 * The demo case of the default profile (issue 17): on the first start on an empty database a realistic case,
 * modelled on the 2025 Korean retail breach, is driven through the real processes and services — the same
 * {@code IncidentIntake}, {@code HumanTasks}, notice, evidence and regulator-question services the REST API and
 * the web forms call, acting as the demo users — in the background while the application already serves. Every
 * page says demo data is being prepared or is present; an administrator removes all of it in one action
 * ({@code /admin/demo}). {@link io.breachflow.demo.DemoSeeder} and {@link io.breachflow.demo.DemoRemoval} are
 * the front door; {@link io.breachflow.demo.DemoDataSeeded} and {@link io.breachflow.demo.DemoDataRemoved} tell
 * the audit trail. Nothing here runs in the {@code postgres} or {@code camunda} profile.
 */
package io.breachflow.demo;
