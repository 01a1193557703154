package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static int check(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8.firstInvalid(b, 0, b.length);
    }

    @Test
    void acceptsValidText() {
        byte[] b = "héllo, 世界 🙂".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(b, 0, b.length)).isEqualTo(-1);
    }

    @Test
    void findsTheFirstBadByte() {
        assertThat(check('a', 0xC3)).isEqualTo(1); // cut short
        assertThat(check('a', 'b', 0xFF)).isEqualTo(2);
        assertThat(check(0xC0, 0x80)).isEqualTo(0); // overlong NUL
        assertThat(check(0xE0, 0x80, 0x80)).isEqualTo(0); // overlong
        assertThat(check(0xED, 0xA0, 0x80)).isEqualTo(0); // surrogate
        assertThat(check(0xF4, 0x90, 0x80, 0x80)).isEqualTo(0); // above U+10FFFF
        assertThat(check('x', 0x80)).isEqualTo(1); // lone continuation
    }

    /** The JDK's strict decoder is the reference: both agree on whether any byte string is valid. */
    @Property(tries = 3000)
    void agreesWithTheJdkDecoder(@ForAll @Size(max = 12) byte[] bytes) {
        boolean jdk;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            jdk = true;
        } catch (CharacterCodingException e) {
            jdk = false;
        }
        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length) < 0).isEqualTo(jdk);
    }
}
