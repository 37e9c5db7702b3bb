package io.breachflow.workflow;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.web.*} as far as mail needs it: where people reach this application, so every link a mail
 * carries is absolute. Mail is read outside the browser, where a relative link leads nowhere.
 *
 * @param publicBaseUrl the address people open Breachflow at (scheme, host, port and any context path), such as
 *                      {@code https://breachflow.example.com}; {@code http://localhost:8080} by default, which
 *                      suits the default profile on one machine only
 */
@ConfigurationProperties("breachflow.web")
record PublicWebProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    PublicWebProperties {
        if (publicBaseUrl == null || !publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null
                || !("http".equalsIgnoreCase(publicBaseUrl.getScheme())
                        || "https".equalsIgnoreCase(publicBaseUrl.getScheme()))
                || publicBaseUrl.getQuery() != null || publicBaseUrl.getFragment() != null) {
            throw new IllegalArgumentException("Expected breachflow.web.public-base-url to be an absolute http(s) "
                    + "address such as https://breachflow.example.com, but got " + publicBaseUrl);
        }
    }

    /** The base without a trailing slash, so a path starting with {@code /} can follow it. */
    String base() {
        String text = publicBaseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
