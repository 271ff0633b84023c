package io.edukpi.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks offices by unrounded total, descending, within their kind (primary area offices apart from secondary ones),
 * competition style: equal totals share a rank and the next rank skips (1, 2, 2, 4).
 * Offices without a total are not ranked.
 */
public final class Rankings {

    private Rankings() {
    }

    public record Entry(String officeCode, String officeKind, BigDecimal total) {
    }

    public record Ranked(String officeCode, String officeKind, BigDecimal total, int rank, int of) {
    }

    public static List<Ranked> rank(List<Entry> entries) {
        Map<String, List<Entry>> byKind = new TreeMap<>();
        for (Entry entry : entries) {
            if (entry.total() != null) {
                byKind.computeIfAbsent(entry.officeKind(), k -> new ArrayList<>()).add(entry);
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (List<Entry> kind : byKind.values()) {
            kind.sort(Comparator.comparing(Entry::total).reversed().thenComparing(Entry::officeCode));
            int rank = 0;
            for (int i = 0; i < kind.size(); i++) {
                Entry entry = kind.get(i);
                if (i == 0 || entry.total().compareTo(kind.get(i - 1).total()) != 0) {
                    rank = i + 1;
                }
                ranked.add(new Ranked(entry.officeCode(), entry.officeKind(), entry.total(), rank, kind.size()));
            }
        }
        return ranked;
    }
}
