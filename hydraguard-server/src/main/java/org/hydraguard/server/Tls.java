package org.hydraguard.server;

import java.nio.file.Path;

/**
 * TLS for the service's port: a PKCS#12 (or JKS) key store holding the server's key and certificate
 * chain, and its password. With TLS configured the port speaks HTTPS only.
 */
public record Tls(Path keyStore, String password) {
    public Tls {
        if (keyStore == null) {
            throw new IllegalArgumentException("TLS needs a key store file (PKCS#12 or JKS)");
        }
        if (password == null) {
            throw new IllegalArgumentException("TLS key store " + keyStore + " needs a password");
        }
    }

    @Override
    public String toString() {
        return "Tls[keyStore=" + keyStore + ", password=***]";
    }
}
