package io.edukpi.registry.ingest;

import io.edukpi.registry.domain.PersonId;

/**
 * The first row of each person in a file, to reject later repeats while the file is read. A person
 * ID is all digits after an optional G, so it packs into a long, and a million rows take about 24 MB
 * (open addressing over primitive arrays) instead of the ~100 MB of boxed map entries; grouping the
 * whole staging table by person in SQL afterwards cost a pass of 1.5-3 s per million rows.
 */
final class FirstRows {

    private static final long G_CODES = 10_000_000_000_000L;

    private long[] keys = new long[1 << 10];
    private int[] rows = new int[1 << 10];
    private int size;

    /** Records the person's row unless seen before; returns the first row of the person, or -1. */
    long firstOrAdd(PersonId id, long row) {
        long key = key(id);
        int slot = slot(keys, key);
        if (keys[slot] == key) {
            return rows[slot];
        }
        keys[slot] = key;
        rows[slot] = Math.toIntExact(row);
        if (++size * 3 > keys.length * 2) {
            grow();
        }
        return -1;
    }

    /** 1 + the ID's digits, G-codes above citizen IDs; 0 marks an empty slot. */
    private static long key(PersonId id) {
        String v = id.value();
        return id.kind() == PersonId.Kind.G_CODE ? 1 + G_CODES + Long.parseLong(v, 1, v.length(), 10) : 1 + Long.parseLong(v);
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
