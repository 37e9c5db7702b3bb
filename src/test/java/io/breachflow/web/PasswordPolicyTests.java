package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aConfiguredAccountWithABcryptHashOrALongUncommonPasswordIsAccepted() {
        assertThatCode(() -> PasswordPolicy.check(account("{bcrypt}$2a$10$abcdefghijklmnopqrstuv", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check(account(null, "correct horse battery"))).doesNotThrowAnyException();
    }

    @Test
    void aShortCommonOrNamedPasswordStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> PasswordPolicy.check(account(null, "short1")))
                .hasMessage("Expected account 'kim' to have a password of at least 12 characters, but it is shorter");
        assertThatThrownBy(() -> PasswordPolicy.check(account(null, "breachflow123"))).hasMessageNotContaining("breachflow123");
        assertThatThrownBy(() -> PasswordPolicy.check(account(null, "kim-is-the-boss"))).hasMessageContaining("user name");
    }

    @Test
    void aHashMustNameASlowAlgorithmAndAnAccountNeedsExactlyOneSecret() {
        assertThatThrownBy(() -> PasswordPolicy.check(account("{noop}secret", null))).hasMessageContaining("{bcrypt}");
        assertThatThrownBy(() -> PasswordPolicy.check(account("$2a$10$abcdefghijklmnopqrstuv", null)))
                .hasMessageContaining("names another or no algorithm");
        assertThatThrownBy(() -> PasswordPolicy.check(account(null, null))).hasMessageContaining("neither");
        assertThatThrownBy(() -> PasswordPolicy.check(account("{bcrypt}$2a$10$x", "correct horse battery")))
                .hasMessageContaining("both");
    }

    private static SecurityProperties.Account account(String hash, String password) {
        return new SecurityProperties.Account("kim", hash, password, List.of(Role.LEGAL));
    }
}
