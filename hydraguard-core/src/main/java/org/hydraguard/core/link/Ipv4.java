package org.hydraguard.core.link;

/** Allocation-free IPv4 parsing and CIDR membership for indicator matching; IPv6 is matched exactly only. */
final class Ipv4 {
    private Ipv4() {}

    /** The address as an unsigned 32-bit value, or -1 when {@code ip} is not a dotted IPv4 address. */
    static long parse(String ip) {
        long addr = 0;
        int part = 0;
        int parts = 0;
        int digits = 0;
        for (int i = 0, n = ip.length(); i <= n; i++) {
            char c = i == n ? '.' : ip.charAt(i);
            if (c == '.') {
                if (digits == 0 || part > 255) {
                    return -1;
                }
                addr = (addr << 8) | part;
                parts++;
                part = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                part = part * 10 + (c - '0');
                digits++;
            } else {
                return -1;
            }
        }
        return parts == 4 ? addr : -1;
    }

    static boolean inCidr(long addr, String cidr) {
        int slash = cidr.indexOf('/');
        long base = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        if (base < 0) {
            return false;
        }
        int bits;
        try {
            bits = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (bits < 0 || bits > 32) {
            return false;
        }
        long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
        return (addr & mask) == (base & mask);
    }
}
