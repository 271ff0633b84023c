package io.edukpi.formexpression;

import static java.util.Objects.requireNonNullElse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edukpi.formexpression.FormExpression.AllDone;
import io.edukpi.formexpression.FormExpression.And;
import io.edukpi.formexpression.FormExpression.Binary;
import io.edukpi.formexpression.FormExpression.Compare;
import io.edukpi.formexpression.FormExpression.Condition;
import io.edukpi.formexpression.FormExpression.CountSchools;
import io.edukpi.formexpression.FormExpression.Expr;
import io.edukpi.formexpression.FormExpression.Negate;
import io.edukpi.formexpression.FormExpression.Not;
import io.edukpi.formexpression.FormExpression.Num;
import io.edukpi.formexpression.FormExpression.OfficeField;
import io.edukpi.formexpression.FormExpression.Or;
import io.edukpi.formexpression.FormExpression.SchoolValues;
import io.edukpi.formexpression.FormExpression.SumSchools;

/**
 * Computes an expression over one office's form and its schools' forms. Exact decimal arithmetic; only a
 * division rounds, to {@link MathContext#DECIMAL64} (16 significant digits, half-even).
 */
final class Evaluator {

    private final Map<String, BigDecimal> office;
    private final List<SchoolValues> schools;
    private final Map<String, Set<String>> checklistItems;

    Evaluator(Map<String, BigDecimal> office, List<SchoolValues> schools, Map<String, Set<String>> checklistItems) {
        this.office = office;
        this.schools = schools;
        this.checklistItems = checklistItems;
    }

    /** Null when an office value is missing or a division is by zero; a school's missing field sums as 0. */
    BigDecimal value(Expr expr) {
        if (expr instanceof Num n) {
            return n.value();
        }
        if (expr instanceof OfficeField f) {
            return office.get(f.key());
        }
        if (expr instanceof CountSchools c) {
            return BigDecimal.valueOf(schools.stream().filter(s -> c.where() == null || holds(c.where(), s)).count());
        }
        if (expr instanceof SumSchools s) {
            return schools.stream().map(v -> requireNonNullElse(v.fields().get(s.key()), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (expr instanceof Negate n) {
            BigDecimal v = value(n.operand());
            return v == null ? null : v.negate();
        }
        Binary b = (Binary) expr;
        BigDecimal l = value(b.left());
        BigDecimal r = value(b.right());
        if (l == null || r == null || (b.operator() == '/' && r.signum() == 0)) {
            return null;
        }
        return switch (b.operator()) {
            case '+' -> l.add(r);
            case '-' -> l.subtract(r);
            case '*' -> l.multiply(r);
            default -> l.divide(r, MathContext.DECIMAL64);
        };
    }

    /** A comparison with a missing field is false, so "not" of it is true. */
    private boolean holds(Condition condition, SchoolValues school) {
        if (condition instanceof AllDone a) {
            return school.doneItems().getOrDefault(a.checklistKey(), Set.of())
                    .containsAll(checklistItems.getOrDefault(a.checklistKey(), Set.of()));
        }
        if (condition instanceof Compare c) {
            BigDecimal l = school.fields().get(c.key());
            BigDecimal r = c.otherKey() == null ? c.number() : school.fields().get(c.otherKey());
            return l != null && r != null && compares(c.operator(), l.compareTo(r));
        }
        if (condition instanceof And a) {
            return holds(a.left(), school) && holds(a.right(), school);
        }
        if (condition instanceof Or o) {
            return holds(o.left(), school) || holds(o.right(), school);
        }
        return !holds(((Not) condition).operand(), school);
    }

    private static boolean compares(String operator, int cmp) {
        return switch (operator) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            case "==" -> cmp == 0;
            default -> cmp != 0;
        };
    }
}
