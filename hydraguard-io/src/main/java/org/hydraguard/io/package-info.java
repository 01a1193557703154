/**
 * Reading and writing the data contract ({@code docs/data-contract.md}) as files: JSON Lines, gzipped
 * JSON Lines, and CSV for exchanges and accounts. The format follows the file name.
 *
 * <h2>Front types</h2>
 * {@link org.hydraguard.io.ContractWriters} and {@link org.hydraguard.io.RecordWriter} write;
 * {@link org.hydraguard.io.ContractReaders} and {@link org.hydraguard.io.RecordReader} read, sending bad
 * records to {@link org.hydraguard.io.Rejects} and counting in a {@link org.hydraguard.io.Reconciliation};
 * {@link org.hydraguard.io.ContractJson} writes one record as JSON and {@link org.hydraguard.io.RecordParser}
 * parses one (throwing {@link org.hydraguard.io.InvalidRecordException}) for adapters that handle
 * records one at a time (HTTP), with the same checks and messages as the file readers.
 * Everything else is package-private.
 *
 * <h2>Writing</h2>
 * Field names are the contract's; optional fields that are null are omitted; times are
 * {@code 2026-04-22T03:14:15.926Z} (milliseconds, sub-millisecond parts dropped). {@code .gz} is gzip at
 * the fastest level. CSV has a header row; an absent field is an empty cell, so an empty string and an
 * absent value are the same in CSV; {@code programs} are joined with {@code ;}.
 *
 * <h2>Reading: guarantees</h2>
 * <ul>
 *   <li>Streaming: memory does not grow with file size. Per open file it is one line buffer of at most
 *       {@code maxLineBytes + 1} (default 8 MiB + 1); with read-ahead, a bounded queue of batches
 *       (at most 4 queued, each of at most 1024 records or about 4 MiB of input); for exchanges, the
 *       duplicate window (below).
 *   <li>Every non-blank line (CSV: row) is <em>read</em> and then exactly one of accepted, rejected or
 *       a duplicate: {@code read == accepted + rejected + duplicates}. Blank lines are skipped
 *       uncounted. Accepted records come out in file order.
 *   <li>A bad record never throws and never stops the run: it becomes a {@link org.hydraguard.io.Reject}
 *       (file as given, 1-based line, field or null, reason, the raw record cut to 4096 chars), e.g.
 *       {@code exchanges.jsonl.gz:1842: field ts: not an RFC 3339 UTC time: '2026-13-01T00:00:00Z'}.
 *       Checked: valid UTF-8 (strict; the byte offset is reported), one JSON object per line and
 *       nothing after it, required fields present and non-empty, each field's type (strings, integers
 *       in range, integral floats accepted as integers, numbers, booleans, arrays of strings), times in
 *       RFC 3339 with {@code Z} or {@code +00:00} (other offsets are rejected saying times must be
 *       UTC), the contract's ranges ({@code turns >= 1}, {@code status} 100-599, token counts
 *       {@code >= 0}, {@code confidence} 0-100), indicator types and actions from their lists, and
 *       then the record's own constructor. {@code null} is the same as absent. Unknown fields are
 *       ignored whatever their shape. A field given twice keeps its last value.
 *   <li>A line longer than {@code maxLineBytes} is rejected ("raise --max-line-bytes") and skipped
 *       without being buffered whole. A last line without a newline is read like any other; if its
 *       JSON is incomplete it is rejected as truncated.
 *   <li>A file that cannot be read at all (missing, a directory, unknown name, named {@code .gz} but
 *       not gzip, CSV for a kind that is JSON Lines only) fails the opening call with an
 *       {@link java.io.IOException} naming it, before any record is read. A file that breaks off in
 *       the middle (a gzip stream cut short or corrupt) gives the records before the break, then one
 *       reject for the tail ("the file breaks off here..."), and reading goes on with the next file.
 *       In CSV, a syntax error (an unclosed quote, invalid UTF-8) likewise ends that file with one
 *       reject, since the parser cannot find the next row.
 *   <li>Duplicates: a repeated exchange {@code id} is counted as a duplicate and dropped, across all
 *       files of one reader, exactly (64-bit hashes; a false duplicate has probability about
 *       n²/2⁶⁵ for n ids in memory) but only within a sliding window of event time (default 24 h):
 *       a repeat is caught when the newest {@code ts} read so far is less than one window after the
 *       first copy's {@code ts}. Copies further apart may be missed. Memory: the ids of at most two
 *       windows of event time. A repeated {@code account_id} is not a duplicate but an upsert (the
 *       later line wins) and is counted as accepted.
 *   <li>Several files are read one after the other in the order given; {@code exchangesMerged}
 *       instead merges files that are each in time order into one time order by {@code ts} (ties: the
 *       earlier file first). Records out of order within a file are accepted and passed on in that
 *       file's order; tolerating lateness is the engine's job.
 * </ul>
 *
 * <h2>Reading: speed</h2>
 * The JSON Lines path splits bytes into lines itself and validates UTF-8, both eight bytes at a
 * time. Each line first goes to {@code FastJsonLine}, a hand-written parser for the clean common case
 * (flat object, values of the right types, strings made straight from the bytes); anything else,
 * including every bad line, is parsed again by Jackson's streaming parser over the byte slice (one
 * factory per reader, field names canonicalised but not interned), which produces every reject
 * message. A property test and a fuzz test check that both paths give identical results. Times in
 * the common form are read by a hand-written parser, others by {@code java.time}. With
 * {@code threads = 1} (the default) reading, inflating and parsing run on one background thread while
 * the caller works; with {@code threads = 2} inflating gets a thread of its own. Measured with
 * {@code ReadThroughput} in the tests: on gzipped JSON Lines with 200-2000 character prompts about
 * 5.6 us of CPU per exchange, two thirds of it inflating (JDK zlib, about 400 MB/s), so one core reads
 * about 180,000 exchanges a second; uncompressed, about 2 us.
 */
package org.hydraguard.io;
