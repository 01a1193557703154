package org.hydraguard.core.signal;

import org.hydraguard.core.model.Capability;

/**
 * The capability area a request targets, by a weighted sum of cheap features per area; the highest sum
 * wins if it reaches {@link #MIN_SCORE}, otherwise {@link Capability#OTHER}. Features saturate (a prompt
 * full of numbers is not infinitely mathematical), so no single feature dominates.
 *
 * <ul>
 *   <li>software engineering: language and framework names, code vocabulary, issue vocabulary
 *       (tracebacks, exceptions), code-shaped lines ({@code def}, {@code import}, {@code #include}),
 *       identifiers in snake_case or camelCase, calls {@code f(}, braces and semicolons, code fences;</li>
 *   <li>agentic: tool definitions sent with the request ({@code tools > 0}), tool and API phrasing,
 *       web navigation, environment and customer-service actions, shell and file-system work;</li>
 *   <li>long-horizon: many turns, plans, phases and milestones, whole-project requests, many numbered
 *       requirements in a long prompt;</li>
 *   <li>math and reasoning: math vocabulary, quantity questions, numbers, LaTeX and operators, logic
 *       puzzles and boolean expressions.</li>
 * </ul>
 * Measured on the public corpora in {@code /work/shared/data}: see the package documentation.
 */
final class CapabilityClassifier {
    static final double MIN_SCORE = 1.0;

    static void register(PhraseMatcher.Builder b) {
        b.add(Cue.SWE_LANGUAGE,
                "python|java|javascript|typescript|cpp|csharp|golang|kotlin|scala|ruby|php|perl|haskell|rust|"
                        + "sql|mysql|postgresql|postgres|sqlite|html|css|react|reactjs|vue|angular|django|flask|"
                        + "fastapi|nodejs|npm|pip|numpy|pandas|pytorch|tensorflow|keras|sklearn|scikit|bash|"
                        + "powershell|docker|kubernetes|git|github|regex|json|yaml|xml|sdk|verilog|matlab|"
                        + "solidity|jquery|spark|hadoop|graphql|lua|elixir|clojure|fortran|cobol|dart|flutter|"
                        + "swiftui|matplotlib|jupyter|conda|maven|gradle|webpack|linux|unix|nginx|redis|mongodb",
                "c|go ~1 program|code|function|language|compiler|library|struct|implementation");
        b.add(Cue.SWE_TERM,
                "function{,s}", "method{,s}", "variable{,s}", "compile{,r,s,d}", "compilation", "runtime",
                "algorithm{,s}", "recursion", "recursive", "array{,s}", "boolean", "struct", "pointer{,s}",
                "null", "nullptr", "undefined", "debug{,ging}", "refactor{,ing}", "implementation", "code",
                "coding", "codebase", "script{,s}", "programming", "module{,s}", "dependency", "dependencies",
                "endpoint{,s}", "api{,s}", "backend", "frontend", "schema", "unit test{,s}", "snippet",
                "syntax", "parameter{,s}", "lambda", "async", "await", "deploy{,ment}", "config",
                "configuration", "cli", "stdout", "stdin", "stderr", "parse{,r}", "serialize", "pull request",
                "merge request", "commit{,s}", "repo", "repository", "diff", "stack trace", "segfault",
                "deprecated", "deprecation", "pytest", "junit", "type hint{,s}", "integer{,s}", "string{,s}",
                "list{,s}", "dictionary", "dict", "tuple{,s}", "return{,s}", "class{,es}", "object{,s}",
                "instance", "subclass", "attribute{,s}", "kwargs", "args", "argument{,s}", "interface",
                "library", "framework", "import", "regression", "bug{,s}", "crash{,es}", "warning");
        b.add(Cue.SWE_ISSUE,
                "traceback", "exception{,s}", "error{,s}", "raise{,s}", "typeerror", "valueerror",
                "attributeerror", "keyerror", "indexerror", "nameerror", "importerror", "runtimeerror",
                "nullpointerexception", "segmentation fault", "expected behavior|behaviour|output|result",
                "steps to reproduce", "minimal ~2 example", "workaround", "stack overflow", "fails|failing",
                "doesn t|does not work", "unexpected{,ly}");
        b.add(Cue.SWE_CODE_LINE,
                "^def", "^import", "^include", "^public", "^private", "^protected", "^static", "^void",
                "^const", "^let", "^var", "^func", "^fn", "^elif", "^async", "^struct", "^impl", "^template",
                "^namespace", "^typedef", "^using", "^package", "^return", "^from ~2 import", "^class");
        b.add(Cue.AGENT_TOOLS,
                "tool{,s}", "function call{,s,ing}", "tool call{,s,ing}", "call ~2 function|api|tool|endpoint",
                "use ~3 tool{,s}|api{,s}|plugin{,s}", "following tool{,s}|api{,s}|function{,s}",
                "you have access to", "available tool{,s}|function{,s}|api{,s}|actions", "invoke",
                "plugin{,s}", "fetch", "retrieve", "look up", "lookup", "get me", "api{,s}",
                "query ~2 database|api|table|knowledge");
        b.add(Cue.AGENT_WEB,
                "browse{,r}", "browsing", "website{,s}", "web page{,s}", "webpage{,s}", "navigate{,s}",
                "click{,ing}", "go to", "open ~2 page|site|url|tab|link", "url{,s}", "search ~2 web|online|internet",
                "online", "subreddit", "forum", "cart", "checkout", "wishlist", "directions", "driving",
                "nearest", "reviews");
        b.add(Cue.AGENT_ACTION,
                "order{,s}", "cancel{,led}", "refund", "exchange ~2 item{,s}|order", "book ~3 flight|hotel|table|"
                        + "ticket|reservation|room", "reservation{,s}", "flight{,s}", "itinerary",
                "schedule ~2 meeting|appointment", "send ~3 email|message", "set ~2 reminder|alarm|timer",
                "add ~3 to ~2 cart|calendar|list", "track ~2 package|order|shipment", "update ~3 address",
                "user id", "zip code", "payment method", "credit card", "gift card", "your name is",
                "you want to", "membership", "baggage", "weather", "stock price{,s}", "exchange rate{,s}",
                "convert ~3 currency", "recipe{,s}", "nearby", "restaurant{,s}", "hotel{,s}",
                "find|get|show|fetch|list ~1 me", "search for", "look for", "latest", "real time", "available",
                "check ~3 availability|status|price|weather", "notify", "reorder", "modify",
                "change ~3 address|order|reservation|flight|booking", "suggest|recommend|use|using ~3 api{,s}");
        b.add(Cue.AGENT_SHELL,
                "terminal", "shell", "command{,s}", "execute", "run ~2 command|script", "directory",
                "directories", "folder{,s}", "file{,s}", "filesystem", "database", "table", "knowledge base",
                "entity", "entities", "sparql");
        b.add(Cue.LONG_PLAN,
                "plan", "roadmap", "milestone{,s}", "phase{,s}", "stage{,s}", "multi step|stage",
                "multistep", "step 0", "week 0", "day 0", "end to end", "over the next ~2 weeks|months|days",
                "long term", "timeline", "deliverable{,s}", "requirement{,s}", "subtask{,s}", "sub task{,s}",
                "iterate", "iteration{,s}", "keep going", "continue ~2 until", "until ~3 done|complete|passes",
                "checkpoint{,s}", "first ~4 then ~6 finally");
        b.add(Cue.LONG_PROJECT,
                "build|create|develop|implement|design|write ~3 complete|full|entire|whole|production ~2 app|"
                        + "application|system|project|platform|game|website|service|pipeline|codebase|backend",
                "from scratch", "full stack", "entire codebase", "across ~2 files|modules|repositories|services",
                "migrate ~3 codebase|project|application|system", "multi file");
        b.add(Cue.MATH_TERM,
                "equation{,s}", "prove", "proof", "theorem", "lemma", "integer{,s}", "prime{,s}", "divisible",
                "divisor{,s}", "remainder", "modulo", "sum", "probability", "percent", "percentage", "ratio",
                "fraction", "decimal", "triangle", "rectangle", "circle", "area", "perimeter", "radius",
                "diameter", "angle{,s}", "polygon", "polynomial", "derivative", "integral", "matrix",
                "matrices", "logarithm", "sqrt", "frac", "cdot", "factorial", "arithmetic", "geometric",
                "algebra", "calculus", "simplify", "expression", "coefficient{,s}", "real numbers", "average",
                "median", "mph", "km", "dollars", "cents", "digit{,s}", "odd", "even", "multiple{,s}", "square",
                "cube", "vertex", "vertices", "parabola", "slope", "interest", "discount", "profit", "loss",
                "speed", "distance", "minutes", "hours", "per", "times", "twice", "half", "total", "altogether",
                "each", "cost{,s}", "price");
        b.add(Cue.MATH_QUESTION,
                "how many", "how much", "what is the value", "find the", "what is the ~3 of", "calculate",
                "compute", "solve ~2 for", "solve", "determine", "what percent{,age}", "in total", "evaluate",
                "how long|far|old", "what is ~1 0");
        b.add(Cue.LOGIC,
                "puzzle", "riddle", "logic{,al}", "deduce", "true or false", "which of the following",
                "options:", "answer choices", "premise", "hypothesis", "conclusion", "syllogism", "implies",
                "if and only if", "true", "false", "not true|false", "plausible", "valid", "invalid");
    }

    Capability classify(int[] cues, TextCounts prompt, int tools, int turns) {
        double swe = 1.0 * sat(cues, Cue.SWE_LANGUAGE, 3) + 0.45 * sat(cues, Cue.SWE_TERM, 6)
                + 0.6 * sat(cues, Cue.SWE_ISSUE, 3) + 1.2 * sat(cues, Cue.SWE_CODE_LINE, 3)
                + 0.35 * Math.min(prompt.codeIdentifiers(), 6) + 0.3 * Math.min(prompt.callTokens(), 5)
                + 0.08 * Math.min(prompt.braces() + prompt.semicolons(), 12) + (prompt.fences() > 0 ? 1.5 : 0.0)
                + (prompt.docstrings() > 0 ? 1.0 : 0.0);
        double agent = (tools > 0 ? 4.0 + 0.25 * Math.min(tools, 8) : 0.0)
                + 0.8 * sat(cues, Cue.AGENT_TOOLS, 3) + 0.8 * sat(cues, Cue.AGENT_WEB, 3)
                + 0.7 * sat(cues, Cue.AGENT_ACTION, 4) + 0.5 * sat(cues, Cue.AGENT_SHELL, 3);
        double longHorizon = (turns >= 20 ? 3.0 : turns >= 8 ? 1.5 : 0.0)
                + 0.6 * sat(cues, Cue.LONG_PLAN, 5) + 1.2 * sat(cues, Cue.LONG_PROJECT, 2)
                + (prompt.numberedLines() + prompt.bulletLines() >= 6 ? 1.0 : 0.0)
                + (prompt.chars() >= 4000 ? 0.8 : 0.0);
        double math = 0.5 * sat(cues, Cue.MATH_TERM, 5) + 0.8 * sat(cues, Cue.MATH_QUESTION, 3)
                + 0.6 * sat(cues, Cue.LOGIC, 4) + 0.25 * Math.min(prompt.numberTokens(), 8)
                + 0.3 * Math.min(prompt.dollars() / 2 + prompt.backslashes(), 5)
                + 0.2 * Math.min(prompt.mathOps() + prompt.equalSigns(), 6) + 0.4 * Math.min(prompt.optionMarks(), 4);
        Capability best = Capability.OTHER;
        double top = MIN_SCORE;
        if (swe >= top) {
            best = Capability.SOFTWARE_ENGINEERING;
            top = swe;
        }
        if (agent > top) {
            best = Capability.AGENTIC;
            top = agent;
        }
        if (longHorizon > top) {
            best = Capability.LONG_HORIZON;
            top = longHorizon;
        }
        if (math > top) {
            best = Capability.MATH_REASONING;
        }
        return best;
    }

    private static double sat(int[] cues, Cue cue, int cap) {
        return Math.min(cues[cue.ordinal()], cap);
    }
}
