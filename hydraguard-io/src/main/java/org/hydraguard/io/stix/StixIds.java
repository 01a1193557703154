package org.hydraguard.io.stix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: {@code <type>--<UUIDv5>} over a content string, in Hydraguard's own
 * namespace (RFC 4122 section 4.3; the STIX 2.1 specification recommends UUIDv5 for such ids).
 */
final class StixIds {
    /** Fixed forever: changing it would change every id ever exported. */
    static final UUID NAMESPACE = UUID.fromString("6b2d9c1e-58a4-4f0e-9d3a-2f7c1b8e4a10");

    private StixIds() {}

    static String of(String type, String content) {
        return type + "--" + uuid5(NAMESPACE, type + "|" + content);
    }

    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-1", e);
        }
        sha1.update(toBytes(namespace.getMostSignificantBits()));
        sha1.update(toBytes(namespace.getLeastSignificantBits()));
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
        h[8] = (byte) ((h[8] & 0x3f) | 0x80); // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (h[i] & 0xff);
            lsb = (lsb << 8) | (h[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static byte[] toBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }
}
