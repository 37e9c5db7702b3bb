/**
 * The application shell: security configuration (the one place that says which role may open which
 * page), the shared Thymeleaf layout, login, language switching, error pages and API problem
 * responses. In the default profile it also runs the embedded SMTP server behind {@code /mailbox}.
 * Other modules contribute pages by returning view names; none of them depends on this package.
 */
package io.breachflow.web;
