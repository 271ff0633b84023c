package io.edukpi.commons.message;

/** A sentence in English and in Thai, ready to show. */
public record Text(String english, String thai) {

    /**
     * Replaces {@code {i}} with the i-th argument as {@link String#valueOf} writes it. Deliberately
     * not {@code MessageFormat}: that groups digits ("2,554") and treats apostrophes as quotes.
     */
    static String fill(String pattern, Object... arguments) {
        if (arguments.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16 * arguments.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(index < arguments.length ? String.valueOf(arguments[index]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
