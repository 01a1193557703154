package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static final String T1 = "token-one-0123456789";
    private static final String T2 = "token-two-0123456789";
    private static final String T3 = "token-three-012345678";

    @Test
    void environmentEntriesCarryNamesAndABareTokenIsNamedAfterItsRole() {
        Tokens t = Tokens.fromEnvironment(Map.of(
                "HYDRAGUARD_TOKEN_ANALYST", "alice:" + T1 + ", bob:" + T2,
                "HYDRAGUARD_TOKEN_INGEST", T3,
                "HYDRAGUARD_TOKEN_GATEWAY", "alice:" + T1));
        assertThat(t.callerOf(T1)).hasValue(new Tokens.Caller("alice", EnumSet.of(Role.ANALYST, Role.GATEWAY)));
        assertThat(t.callerOf(T2).orElseThrow().name()).isEqualTo("bob");
        assertThat(t.callerOf(T3)).hasValue(new Tokens.Caller("ingest", Set.of(Role.INGEST)));
        assertThat(t.callerOf("token-unknown-0123456789")).isEmpty();
        assertThat(t.callerOf(null)).isEmpty();
    }

    @Test
    void adminHoldsEveryRoleAndTheMapConstructorNamesTokensByTheirStrongestRole() {
        Tokens t = new Tokens(Map.of(T1, Set.of(Role.ADMIN), T2, Set.of(Role.INGEST, Role.ANALYST)));
        assertThat(t.rolesOf(T1)).hasValue(EnumSet.allOf(Role.class));
        assertThat(t.callerOf(T1).orElseThrow().name()).isEqualTo("admin");
        assertThat(t.callerOf(T2).orElseThrow().name()).isEqualTo("analyst");
    }

    @Test
    void badEntriesAreRefusedWithTheVariableAndTheFix() {
        assertThatThrownBy(() -> Tokens.fromEnvironment(Map.of("HYDRAGUARD_TOKEN_ADMIN", "short")))
                .hasMessageContaining("at least 16 characters").hasMessageContaining("'admin'");
        assertThatThrownBy(() -> Tokens.fromEnvironment(Map.of("HYDRAGUARD_TOKEN_ADMIN", ":" + T1)))
                .hasMessageContaining("HYDRAGUARD_TOKEN_ADMIN").hasMessageContaining("name:token");
        assertThatThrownBy(() -> Tokens.fromEnvironment(Map.of("HYDRAGUARD_TOKEN_ADMIN", "a\u0007b:" + T1)))
                .hasMessageContaining("printable");
        assertThat(Tokens.fromEnvironment(Map.of("HYDRAGUARD_TOKEN_ADMIN", " , ")).isEmpty()).isTrue();
    }
}
