package org.hydraguard.core.link;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;
import org.hydraguard.core.profile.Codec;
import org.hydraguard.core.signal.Skeleton;

/**
 * Known indicators of actors, indexed for matching on the per-record path: exact values per type,
 * IPv4 CIDR ranges, and prompt templates matched by skeleton (a template's text is reduced to its
 * skeleton once, so paraphrased uses still match). Costs nothing per exchange while empty.
 */
public final class IndicatorIndex {
    private final Map<IndicatorType, Map<String, List<Indicator>>> exact = new EnumMap<>(IndicatorType.class);
    private final List<Indicator> cidrs = new ArrayList<>();
    private final List<Indicator> templates = new ArrayList<>();
    private final List<Skeleton> templateSkeletons = new ArrayList<>();
    private final List<Indicator> all = new ArrayList<>();
    private final List<Skeleton> allSkeletons = new ArrayList<>();

    /** Adds an indicator; {@code skeleton} is the template text's skeleton for PROMPT_TEMPLATE, else null. */
    public void add(Indicator ind, Skeleton skeleton) {
        all.add(ind);
        allSkeletons.add(skeleton);
        switch (ind.type()) {
            case CIDR -> cidrs.add(ind);
            case PROMPT_TEMPLATE -> {
                templates.add(ind);
                templateSkeletons.add(skeleton == null ? Skeleton.NONE : skeleton);
            }
            default -> exact.computeIfAbsent(ind.type(), t -> new HashMap<>())
                    .computeIfAbsent(normal(ind.type(), ind.value()), v -> new ArrayList<>(1)).add(ind);
        }
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The indicators of {@code type} naming {@code value} and valid at {@code at} (CIDR via {@link #matchIp}). */
    public void match(IndicatorType type, String value, Instant at, List<Indicator> out) {
        if (value == null) {
            return;
        }
        Map<String, List<Indicator>> m = exact.get(type);
        if (m == null) {
            return;
        }
        List<Indicator> hits = m.get(normal(type, value));
        if (hits != null) {
            for (Indicator i : hits) {
                if (i.validAt(at)) {
                    out.add(i);
                }
            }
        }
    }

    /** IP and CIDR indicators covering {@code ip}. */
    public void matchIp(String ip, Instant at, List<Indicator> out) {
        match(IndicatorType.IP, ip, at, out);
        if (cidrs.isEmpty()) {
            return;
        }
        long addr = Ipv4.parse(ip);
        if (addr < 0) {
            return;
        }
        for (Indicator c : cidrs) {
            if (c.validAt(at) && Ipv4.inCidr(addr, c.value())) {
                out.add(c);
            }
        }
    }

    public void matchSkeleton(Skeleton s, Instant at, List<Indicator> out) {
        if (s.isNone()) {
            return;
        }
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).validAt(at) && templateSkeletons.get(i).sharesBandWith(s)) {
                out.add(templates.get(i));
            }
        }
    }

    private static String normal(IndicatorType t, String v) {
        return switch (t) {
            case EMAIL_DOMAIN, USER_AGENT -> v.toLowerCase(Locale.ROOT).trim();
            default -> v.trim();
        };
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(all.size());
        for (int i = 0; i < all.size(); i++) {
            Indicator ind = all.get(i);
            out.writeByte(ind.type().ordinal());
            out.writeUTF(ind.value());
            out.writeUTF(ind.actor());
            out.writeInt(ind.confidence() == null ? -1 : ind.confidence());
            Codec.writeNullable(out, ind.source());
            out.writeLong(ind.validFrom() == null ? Long.MIN_VALUE : ind.validFrom().toEpochMilli());
            out.writeLong(ind.validUntil() == null ? Long.MIN_VALUE : ind.validUntil().toEpochMilli());
            Skeleton s = allSkeletons.get(i);
            out.writeBoolean(s != null);
            if (s != null) {
                out.writeLong(s.exactKey());
                out.writeInt(s.bands());
                for (int b = 0; b < s.bands(); b++) {
                    out.writeLong(s.bandKey(b));
                }
            }
        }
    }

    public void readFrom(DataInput in) throws IOException {
        int n = Codec.readCount(in, 1 << 24, "indicator");
        for (int i = 0; i < n; i++) {
            int t = in.readByte();
            if (t < 0 || t >= IndicatorType.values().length) {
                throw new IOException("Possible corruption: indicator type ordinal out of range: " + t);
            }
            String value = in.readUTF();
            String actor = in.readUTF();
            int conf = in.readInt();
            String source = Codec.readNullable(in);
            long from = in.readLong();
            long until = in.readLong();
            Skeleton s = null;
            if (in.readBoolean()) {
                long exactKey = in.readLong();
                long[] bands = new long[Codec.readCount(in, 4096, "skeleton band")];
                for (int b = 0; b < bands.length; b++) {
                    bands[b] = in.readLong();
                }
                s = new Skeleton(exactKey, bands);
            }
            add(new Indicator(IndicatorType.values()[t], value, actor, conf < 0 ? null : conf, source,
                    from == Long.MIN_VALUE ? null : Instant.ofEpochMilli(from),
                    until == Long.MIN_VALUE ? null : Instant.ofEpochMilli(until)), s);
        }
    }
}
