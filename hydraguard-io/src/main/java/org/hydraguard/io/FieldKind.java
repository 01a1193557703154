package org.hydraguard.io;

/** The value types of contract fields, each with the words used to name it in errors. */
enum FieldKind {
    STRING("a string"),
    INT("an integer"),
    LONG("an integer"),
    NUMBER("a number"),
    BOOL("true or false"),
    TIME("an RFC 3339 UTC time string"),
    STRINGS("an array of strings"),
    /** Any JSON value, converted by the record's builder (nested parts of campaigns). */
    TREE("a JSON value");

    private final String expected;

    FieldKind(String expected) {
        this.expected = expected;
    }

    String expected() {
        return expected;
    }
}
