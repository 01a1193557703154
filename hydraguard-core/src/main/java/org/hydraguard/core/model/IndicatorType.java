package org.hydraguard.core.model;

import java.util.Locale;

/** The kinds of value an {@link Indicator} can name, spelled in the contract as {@link #wireName()}. */
public enum IndicatorType {
    IP, CIDR, ASN, EMAIL_DOMAIN, PAYMENT_FP, TLS_FP, USER_AGENT, PROMPT_TEMPLATE, ACCOUNT_ID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the contract spelling; the message lists what is accepted. */
    public static IndicatorType fromWire(String name) {
        for (IndicatorType t : values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown indicator type '" + name + "'; expected one of "
                + "ip, cidr, asn, email_domain, payment_fp, tls_fp, user_agent, prompt_template, account_id");
    }

    @Override
    public String toString() {
        return wireName();
    }

}
