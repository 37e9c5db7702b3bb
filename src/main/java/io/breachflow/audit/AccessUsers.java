package io.breachflow.audit;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A user's roles (names without {@code ROLE_}), from the signed-in user when it is them, else from the
 * user store: evidence reads are recorded after the request, on another thread, without a signed-in user.
 */
@Component
class AccessUsers {

    static final String DPO = "DPO";

    private final ObjectProvider<UserDetailsService> store;

    AccessUsers(ObjectProvider<UserDetailsService> store) {
        this.store = store;
    }

    Set<String> rolesOf(String actor) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && actor.equals(current.getName())) {
            return roles(current.getAuthorities());
        }
        UserDetailsService users = store.getIfAvailable();
        if (users == null) {
            return Set.of();
        }
        try {
            return roles(users.loadUserByUsername(actor).getAuthorities());
        } catch (UsernameNotFoundException unknown) {
            return Set.of();
        }
    }

    static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toUnmodifiableSet());
    }
}
