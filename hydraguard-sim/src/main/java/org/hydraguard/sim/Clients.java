package org.hydraguard.sim;

import java.util.SplittableRandom;

/**
 * Client software as the edge sees it: a User-Agent and a JA4 TLS fingerprint. The fingerprint comes
 * from the runtime (Python's OpenSSL, Node, Go, a browser), so many SDK versions share one. Every value
 * here is used by many honest accounts; operators draw from the same popular values.
 */
final class Clients {
    enum Family { SDK, HTTP, BROWSER, TOOL }

    /** API affinity: which API a client speaks. */
    static final int ANTHROPIC = 1;
    static final int OPENAI = 2;
    static final int ANY = 3;

    record Client(String userAgent, String tlsFp, int apis, Family family, int tool, double weight) {}

    private static final String PY_A = "t13d1812h2_85036bcba153_375ca2c5e164";
    private static final String PY_B = "t13d1813h2_2cc1fbc29a2b_c2ef12d77d4f";
    private static final String NODE = "t13d1712h2_5b57614c22b0_8e6e362c5eac";
    private static final String NODE22 = "t13d1715h2_5b57614c22b0_93c746dc12af";
    private static final String GO = "t13d1311h2_f57a46bbacb6_e7c285222651";
    private static final String CURL = "t13d3112h2_e8f1e7e78f70_6bebaf5329ac";
    private static final String JAVA = "t13d1912h2_d2c5ae9f1fe2_7b4ea2dbd4f0";
    private static final String CHROME = "t13d1516h2_8daaf6152771_02713d6af862";
    private static final String FIREFOX = "t13d1717h2_5b57614c22b0_3cbfd9057e0d";
    private static final String SAFARI = "t13d2014h2_a09f3c656075_14788d8d241b";
    private static final String ELECTRON = "t13d1516h2_8daaf6152771_e5627efa2ab1";
    private static final String CHROME_UA = "Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36";

    private final Client[] all = {
        new Client("Anthropic/Python 0.49.0", PY_A, ANTHROPIC, Family.SDK, -1, 6),
        new Client("Anthropic/Python 0.52.2", PY_A, ANTHROPIC, Family.SDK, -1, 9),
        new Client("Anthropic/Python 0.54.0", PY_B, ANTHROPIC, Family.SDK, -1, 7),
        new Client("Anthropic/JS 0.50.4", NODE, ANTHROPIC, Family.SDK, -1, 5),
        new Client("Anthropic/JS 0.52.0", NODE22, ANTHROPIC, Family.SDK, -1, 4),
        new Client("OpenAI/Python 1.78.1", PY_A, OPENAI, Family.SDK, -1, 8),
        new Client("OpenAI/Python 1.86.0", PY_B, OPENAI, Family.SDK, -1, 7),
        new Client("OpenAI/JS 4.98.0", NODE, OPENAI, Family.SDK, -1, 5),
        new Client("OpenAI/JS 5.3.0", NODE22, OPENAI, Family.SDK, -1, 3),
        new Client("python-httpx/0.28.1", PY_A, ANY, Family.HTTP, -1, 3),
        new Client("python-requests/2.32.3", PY_A, ANY, Family.HTTP, -1, 3),
        new Client("axios/1.9.0", NODE, ANY, Family.HTTP, -1, 1.5),
        new Client("Go-http-client/2.0", GO, ANY, Family.HTTP, -1, 1.5),
        new Client("curl/8.5.0", CURL, ANY, Family.HTTP, -1, 1),
        new Client("Java-http-client/21.0.7", JAVA, ANY, Family.HTTP, -1, 1),
        new Client(String.format(CHROME_UA, "Windows NT 10.0; Win64; x64"), CHROME, ANTHROPIC, Family.BROWSER, -1, 5),
        new Client(String.format(CHROME_UA, "Macintosh; Intel Mac OS X 10_15_7"), CHROME, ANTHROPIC, Family.BROWSER, -1, 4),
        new Client("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15", SAFARI, ANTHROPIC, Family.BROWSER, -1, 2),
        new Client("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:138.0) Gecko/20100101 Firefox/138.0", FIREFOX, ANTHROPIC, Family.BROWSER, -1, 1.5),
        new Client("codepilot-cli/2.3.1 (node 22.14.0; linux)", NODE22, ANTHROPIC, Family.TOOL, 0, 3),
        new Client("codepilot-cli/2.4.0 (node 22.14.0; darwin)", NODE22, ANTHROPIC, Family.TOOL, 0, 4),
        new Client("DeskCoder/0.48.2 Electron/35.1.0", ELECTRON, ANY, Family.TOOL, 1, 2),
        new Client("DeskCoder/0.49.1 Electron/35.2.1", ELECTRON, ANY, Family.TOOL, 1, 3),
        new Client("agentkit/1.6.0 (Python 3.12)", PY_B, ANTHROPIC, Family.TOOL, 2, 2),
    };

    private final double[] programmaticCum = cumulative(Family.SDK, Family.HTTP);
    private final double[] sdkCum = cumulative(Family.SDK, Family.SDK);
    private final double[] consoleCum = cumulative(Family.BROWSER, Family.BROWSER);

    private double[] cumulative(Family a, Family b) {
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            w[i] = all[i].family() == a || all[i].family() == b ? all[i].weight() : 0;
        }
        return Dist.cumulative(w);
    }

    Client get(int index) {
        return all[index];
    }

    /** A client for someone calling the API from code (SDKs and plain HTTP libraries, by popularity). */
    int programmatic(SplittableRandom r) {
        return Dist.pick(r, programmaticCum);
    }

    /** One of the official SDKs, by popularity. */
    int sdk(SplittableRandom r) {
        return Dist.pick(r, sdkCum);
    }

    /** A browser on the provider's console. */
    int console(SplittableRandom r) {
        return Dist.pick(r, consoleCum);
    }

    /** A release of coding tool {@code tool}, newer releases more common. */
    int tool(int tool, SplittableRandom r) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < all.length; i++) {
            if (all[i].tool() == tool) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return r.nextDouble() < 0.65 ? last : first + r.nextInt(last - first + 1);
    }

    /** The API a client of this kind speaks for an account; OpenAI clients split chat and responses. */
    static String api(Client c, SplittableRandom r) {
        int apis = c.apis();
        if (apis == ANY) {
            apis = r.nextDouble() < 0.6 ? ANTHROPIC : OPENAI;
        }
        if (apis == ANTHROPIC) {
            return "anthropic.messages";
        }
        return r.nextDouble() < 0.7 ? "openai.chat" : "openai.responses";
    }
}
