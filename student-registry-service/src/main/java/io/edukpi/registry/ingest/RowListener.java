package io.edukpi.registry.ingest;

import io.edukpi.commons.message.Finding;

/** What a file reader reports while it streams: the header once, then each row as it comes. */
public interface RowListener {

    /** The column titles, in file order; may throw {@link FileProblemException} (e.g. a missing required column). */
    void header(String[] names);

    /**
     * One data row. {@code row} is where a person finds it (spreadsheet row with the header as row 1,
     * or the line of a JSON Lines file); {@code last} is true for the file's final row.
     */
    void row(long row, String[] cells, boolean last);

    /** A row the reader could not split into cells at all (e.g. malformed JSON). */
    void unreadable(long row, Finding finding);
}
