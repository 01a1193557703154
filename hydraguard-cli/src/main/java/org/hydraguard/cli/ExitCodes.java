package org.hydraguard.cli;

/**
 * Exit codes of every command, documented in {@code --help} and the README.
 *
 * <ul>
 *   <li>0: the command did what it was asked.
 *   <li>1: the command failed in a way that is our fault or the machine's (an internal error).
 *   <li>2: the command line itself is wrong (unknown option, missing argument).
 *   <li>3: an input could not be read at all (missing file, unreadable directory).
 *   <li>4: the inputs were read, but some records were rejected or the files disagree ({@code validate} only).
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;
    public static final int REJECTS = 4;

    private ExitCodes() {}

    static final String HELP_SECTION = """
            Exit codes:
              0  done as asked
              1  internal error
              2  bad command line
              3  an input could not be read
              4  records were rejected or files are inconsistent (validate)""";
}
