package io.edukpi.indicator.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a catalogue: its own fields, and indicators added, removed or changed. */
public record CatalogueDiff(List<String> changedCatalogueFields, List<String> added, List<String> removed,
        List<IndicatorChange> changed) {

    /** An indicator present in both versions, with the names of the fields that differ. */
    public record IndicatorChange(String code, List<String> fields) {
    }

    public boolean isEmpty() {
        return changedCatalogueFields.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public static CatalogueDiff between(Catalogue from, Catalogue to) {
        List<String> catalogueFields = differingComponents(from, to).stream()
                .filter(name -> !name.equals("indicators")).toList();
        Map<String, Indicator> before = index(from);
        Map<String, Indicator> after = index(to);
        List<String> added = after.keySet().stream().filter(c -> !before.containsKey(c)).toList();
        List<String> removed = before.keySet().stream().filter(c -> !after.containsKey(c)).toList();
        List<IndicatorChange> changed = new ArrayList<>();
        after.forEach((code, now) -> {
            Indicator then = before.get(code);
            if (then != null) {
                List<String> fields = differingComponents(then, now);
                if (!fields.isEmpty()) {
                    changed.add(new IndicatorChange(code, fields));
                }
            }
        });
        return new CatalogueDiff(catalogueFields, added, removed, changed);
    }

    private static Map<String, Indicator> index(Catalogue c) {
        return c.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static List<String> differingComponents(Record a, Record b) {
        List<String> out = new ArrayList<>();
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (!same(value(component, a), value(component, b))) {
                out.add(component.getName());
            }
        }
        return out;
    }

    /** Numbers compare by value: 100 read from a spreadsheet equals 100.0. */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int n = 0; n < x.size(); n++) {
                if (!same(x.get(n), y.get(n))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> same(normal(x.get(k)), normal(y.get(k))));
        }
        if (a instanceof Record x && b instanceof Record y && x.getClass() == y.getClass()) {
            return differingComponents(x, y).isEmpty();
        }
        return Objects.equals(a, b);
    }

    private static Object normal(Object v) {
        return v instanceof Number n && !(v instanceof BigDecimal) ? new BigDecimal(n.toString()) : v;
    }

    private static Object value(RecordComponent component, Record r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
