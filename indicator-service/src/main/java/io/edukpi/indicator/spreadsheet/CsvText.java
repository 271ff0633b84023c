package io.edukpi.indicator.spreadsheet;

import io.edukpi.commons.csv.Csv;

/**
 * The apostrophe a CSV export puts in front of text a spreadsheet would run as a formula (commons
 * {@link Csv#formulaSafe}), and its removal on import, so export then import gives the same text. Rule: the
 * export adds one apostrophe to text that starts like a formula, and to text that starts with an
 * apostrophe followed by such a start (so {@code '=x} is written {@code ''=x}); the import removes a
 * leading apostrophe exactly when what follows is text the export would have marked.
 */
final class CsvText {

    private CsvText() {
    }

    static String written(String text) {
        return marked(text) ? "'" + text : text;
    }

    static String read(String cell) {
        return cell.startsWith("'") && marked(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean marked(String text) {
        return !Csv.formulaSafe(text).equals(text) || text.startsWith("'") && marked(text.substring(1));
    }
}
