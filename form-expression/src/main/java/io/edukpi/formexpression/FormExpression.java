package io.edukpi.formexpression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small language of {@code resultSource.type = FORM} (see docs/indicator-service.md): arithmetic over
 * {@code office.<field>}, {@code count(schools [where <condition>])} and {@code sum(schools, school.<field>)}.
 * <p>
 * Shared because it is part of the catalogue contract, like docs/catalogue.schema.json: indicator-service
 * parses and checks it against the indicator's forms ({@link #unknownNames}), submission-service evaluates it
 * ({@link #evaluate}). One grammar in one module keeps the two from ever disagreeing; it knows neither service's
 * types, only the {@link FormVocabulary} a service derives from its forms.
 * <p>
 * This class is the module's whole public surface: the syntax tree and the three entry points. The work is
 * done by {@link Lexer}, {@link ExpressionParser}, {@link VocabularyCheck} and {@link Evaluator}.
 */
public final class FormExpression {

    public sealed interface Expr {
    }

    public record Num(BigDecimal value) implements Expr {
    }

    public record OfficeField(String key) implements Expr {
    }

    public record CountSchools(Condition where) implements Expr {
    }

    public record SumSchools(String key) implements Expr {
    }

    public record Negate(Expr operand) implements Expr {
    }

    public record Binary(char operator, Expr left, Expr right) implements Expr {
    }

    public sealed interface Condition {
    }

    public record AllDone(String checklistKey) implements Condition {
    }

    /** {@code school.<key> <op> <number | school.<key>>}; exactly one of number/otherKey is set. */
    public record Compare(String key, String operator, BigDecimal number, String otherKey) implements Condition {
    }

    public record And(Condition left, Condition right) implements Condition {
    }

    public record Or(Condition left, Condition right) implements Condition {
    }

    public record Not(Condition operand) implements Condition {
    }

    /** Thrown for text that is not an expression; {@code position} is the 0-based character offset. */
    public static final class SyntaxError extends RuntimeException {
        private final int position;

        SyntaxError(String message, int position) {
            super(message + " at character " + (position + 1), null, false, false);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    /** One school's filled form: numeric fields (booleans as 0/1) and the done items of each checklist. */
    public record SchoolValues(Map<String, BigDecimal> fields, Map<String, Set<String>> doneItems) {
    }

    private FormExpression() {
    }

    /** The syntax tree of {@code text} (null counts as empty); a {@link SyntaxError} if it is not one. */
    public static Expr parse(String text) {
        return ExpressionParser.parse(text == null ? "" : text);
    }

    /** Every name the expression uses that the indicator's forms do not define (empty = valid). */
    public static List<String> unknownNames(Expr expr, FormVocabulary forms) {
        return new VocabularyCheck(forms).unknownNames(expr);
    }

    /**
     * Evaluates over one office's form and its schools' forms; {@code checklistItems} gives each
     * checklist's item keys. Null when a needed value is missing or a division is by zero.
     */
    public static BigDecimal evaluate(Expr expr, Map<String, BigDecimal> office, List<SchoolValues> schools,
            Map<String, Set<String>> checklistItems) {
        return new Evaluator(office, schools, checklistItems).value(expr);
    }
}
