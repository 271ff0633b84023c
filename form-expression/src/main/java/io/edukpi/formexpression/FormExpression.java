package io.edukpi.formexpression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
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

    private static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=", "==", "!=");

    private final List<Token> tokens;
    private int next;

    private FormExpression(String text) {
        this.tokens = tokenize(text);
    }

    public static Expr parse(String text) {
        FormExpression parser = new FormExpression(text == null ? "" : text);
        Expr expr = parser.expression();
        parser.expectEnd();
        return expr;
    }

    /** Every name the expression uses that the indicator's forms do not define (empty = valid). */
    public static List<String> unknownNames(Expr expr, FormVocabulary forms) {
        List<String> problems = new ArrayList<>();
        check(expr, forms, problems);
        return problems;
    }

    private static void check(Expr expr, FormVocabulary forms, List<String> problems) {
        if (expr instanceof OfficeField f) {
            numericField(forms.officeFields(), f.key(), "office", problems);
        } else if (expr instanceof CountSchools c) {
            if (!forms.hasSchoolForm()) {
                problems.add("count(schools) needs a SCHOOL form");
            }
            if (c.where() != null) {
                check(c.where(), forms, problems);
            }
        } else if (expr instanceof SumSchools s) {
            numericField(forms.schoolFields(), s.key(), "school", problems);
        } else if (expr instanceof Negate n) {
            check(n.operand(), forms, problems);
        } else if (expr instanceof Binary b) {
            check(b.left(), forms, problems);
            check(b.right(), forms, problems);
        }
    }

    private static void check(Condition condition, FormVocabulary forms, List<String> problems) {
        if (condition instanceof AllDone a) {
            if (!forms.schoolChecklists().contains(a.checklistKey())) {
                problems.add("checklist '" + a.checklistKey() + "' is not in the SCHOOL form");
            }
        } else if (condition instanceof Compare c) {
            numericField(forms.schoolFields(), c.key(), "school", problems);
            if (c.otherKey() != null) {
                numericField(forms.schoolFields(), c.otherKey(), "school", problems);
            }
        } else if (condition instanceof And a) {
            check(a.left(), forms, problems);
            check(a.right(), forms, problems);
        } else if (condition instanceof Or o) {
            check(o.left(), forms, problems);
            check(o.right(), forms, problems);
        } else if (condition instanceof Not n) {
            check(n.operand(), forms, problems);
        }
    }

    private static void numericField(Map<String, FormVocabulary.FieldType> fields, String key, String scope,
            List<String> problems) {
        FormVocabulary.FieldType type = fields.get(key);
        String form = scope.equals("office") ? "AREA_OFFICE" : "SCHOOL";
        if (type == null) {
            problems.add(scope + "." + key + " is not a field of the " + form + " form");
        } else if (!type.numeric()) {
            problems.add(scope + "." + key + " is " + type.name() + ", not a number");
        }
    }

    /** One school's filled form: numeric fields (booleans as 0/1) and the done items of each checklist. */
    public record SchoolValues(Map<String, BigDecimal> fields, Map<String, Set<String>> doneItems) {
    }

    /**
     * Evaluates over one office's form and its schools' forms; {@code checklistItems} gives each
     * checklist's item keys. Null when a needed value is missing or a division is by zero.
     */
    public static BigDecimal evaluate(Expr expr, Map<String, BigDecimal> office, List<SchoolValues> schools,
            Map<String, Set<String>> checklistItems) {
        if (expr instanceof Num n) {
            return n.value();
        }
        if (expr instanceof OfficeField f) {
            return office.get(f.key());
        }
        if (expr instanceof CountSchools c) {
            return BigDecimal.valueOf(schools.stream()
                    .filter(s -> c.where() == null || holds(c.where(), s, checklistItems)).count());
        }
        if (expr instanceof SumSchools s) {
            return schools.stream().map(v -> v.fields().get(s.key()))
                    .map(v -> v == null ? BigDecimal.ZERO : v).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (expr instanceof Negate n) {
            BigDecimal v = evaluate(n.operand(), office, schools, checklistItems);
            return v == null ? null : v.negate();
        }
        Binary b = (Binary) expr;
        BigDecimal l = evaluate(b.left(), office, schools, checklistItems);
        BigDecimal r = evaluate(b.right(), office, schools, checklistItems);
        if (l == null || r == null || (b.operator() == '/' && r.signum() == 0)) {
            return null;
        }
        switch (b.operator()) {
            case '+':
                return l.add(r);
            case '-':
                return l.subtract(r);
            case '*':
                return l.multiply(r);
            default:
                return l.divide(r, MathContext.DECIMAL64);
        }
    }

    private static boolean holds(Condition condition, SchoolValues school, Map<String, Set<String>> checklistItems) {
        if (condition instanceof AllDone a) {
            return school.doneItems().getOrDefault(a.checklistKey(), Set.of())
                    .containsAll(checklistItems.getOrDefault(a.checklistKey(), Set.of()));
        }
        if (condition instanceof Compare c) {
            BigDecimal l = school.fields().get(c.key());
            BigDecimal r = c.otherKey() == null ? c.number() : school.fields().get(c.otherKey());
            if (l == null || r == null) {
                return false;
            }
            int cmp = l.compareTo(r);
            switch (c.operator()) {
                case "<":
                    return cmp < 0;
                case "<=":
                    return cmp <= 0;
                case ">":
                    return cmp > 0;
                case ">=":
                    return cmp >= 0;
                case "==":
                    return cmp == 0;
                default:
                    return cmp != 0;
            }
        }
        if (condition instanceof And a) {
            return holds(a.left(), school, checklistItems) && holds(a.right(), school, checklistItems);
        }
        if (condition instanceof Or o) {
            return holds(o.left(), school, checklistItems) || holds(o.right(), school, checklistItems);
        }
        return !holds(((Not) condition).operand(), school, checklistItems);
    }

    // ---- parser: expression := term (('+'|'-') term)*; term := factor (('*'|'/') factor)* ----

    private Expr expression() {
        Expr left = term();
        while (peekIs("+") || peekIs("-")) {
            char op = take().text.charAt(0);
            left = new Binary(op, left, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (peekIs("*") || peekIs("/")) {
            char op = take().text.charAt(0);
            left = new Binary(op, left, factor());
        }
        return left;
    }

    private Expr factor() {
        Token t = take();
        switch (t.kind) {
            case NUMBER:
                return new Num(new BigDecimal(t.text));
            case SYMBOL:
                if (t.text.equals("(")) {
                    Expr inner = expression();
                    expect(")");
                    return inner;
                }
                if (t.text.equals("-")) {
                    return new Negate(factor());
                }
                break;
            case WORD:
                switch (t.text) {
                    case "office":
                        expect(".");
                        return new OfficeField(word("a field key"));
                    case "count": {
                        expect("(");
                        expectWord("schools");
                        Condition where = null;
                        if (peekIs("where")) {
                            take();
                            where = condition();
                        }
                        expect(")");
                        return new CountSchools(where);
                    }
                    case "sum": {
                        expect("(");
                        expectWord("schools");
                        expect(",");
                        expectWord("school");
                        expect(".");
                        String key = word("a field key");
                        expect(")");
                        return new SumSchools(key);
                    }
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        throw new SyntaxError(t.kind == Kind.END ? "Unexpected end of expression"
                : "Unexpected '" + t.text + "' (expected a number, office.<field>, count(...), sum(...) or '(')", t.at);
    }

    private Condition condition() {
        Condition left = conjunction();
        while (peekIs("or")) {
            take();
            left = new Or(left, conjunction());
        }
        return left;
    }

    private Condition conjunction() {
        Condition left = negation();
        while (peekIs("and")) {
            take();
            left = new And(left, negation());
        }
        return left;
    }

    private Condition negation() {
        Token t = take();
        if (t.is("not")) {
            return new Not(negation());
        }
        if (t.is("(")) {
            Condition inner = condition();
            expect(")");
            return inner;
        }
        if (t.is("allDone")) {
            expect("(");
            String key = word("a checklist key");
            expect(")");
            return new AllDone(key);
        }
        if (t.is("school")) {
            expect(".");
            String key = word("a field key");
            Token op = take();
            if (op.kind != Kind.SYMBOL || !COMPARISONS.contains(op.text)) {
                throw new SyntaxError("Expected one of < <= > >= == != but found '" + op.text + "'", op.at);
            }
            Token operand = take();
            if (operand.kind == Kind.NUMBER) {
                return new Compare(key, op.text, new BigDecimal(operand.text), null);
            }
            if (operand.is("school")) {
                expect(".");
                return new Compare(key, op.text, null, word("a field key"));
            }
            throw new SyntaxError("Expected a number or school.<field> after " + op.text, operand.at);
        }
        throw new SyntaxError(t.kind == Kind.END ? "Unexpected end of condition"
                : "Unexpected '" + t.text + "' (expected allDone(...), school.<field>, not or '(')", t.at);
    }

    private String word(String what) {
        Token t = take();
        if (t.kind != Kind.WORD) {
            throw new SyntaxError(
                    "Expected " + what + (t.kind == Kind.END ? " but the expression ended" : " but found '" + t.text + "'"),
                    t.at);
        }
        return t.text;
    }

    private void expectWord(String word) {
        Token t = take();
        if (!t.is(word)) {
            throw new SyntaxError("Expected '" + word + "'", t.at);
        }
    }

    private void expect(String symbol) {
        Token t = take();
        if (!t.is(symbol)) {
            throw new SyntaxError("Expected '" + symbol + "'"
                    + (t.kind == Kind.END ? " but the expression ended" : " but found '" + t.text + "'"), t.at);
        }
    }

    private void expectEnd() {
        Token t = tokens.get(next);
        if (t.kind != Kind.END) {
            throw new SyntaxError("Unexpected '" + t.text + "' after the end of the expression", t.at);
        }
    }

    private boolean peekIs(String text) {
        return tokens.get(next).is(text);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind != Kind.END) {
            next++;
        }
        return t;
    }

    private enum Kind {
        NUMBER,
        WORD,
        SYMBOL,
        END
    }

    private record Token(Kind kind, String text, int at) {
        boolean is(String s) {
            return kind != Kind.END && kind != Kind.NUMBER && text.equals(s);
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                String number = text.substring(start, i);
                if (number.chars().filter(ch -> ch == '.').count() > 1 || number.endsWith(".")) {
                    throw new SyntaxError("Malformed number '" + number + "'", start);
                }
                out.add(new Token(Kind.NUMBER, number, start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.WORD, text.substring(start, i), start));
            } else if ("<>=!".indexOf(c) >= 0) {
                int start = i;
                i += (i + 1 < text.length() && text.charAt(i + 1) == '=') ? 2 : 1;
                String op = text.substring(start, i);
                if (op.equals("=") || op.equals("!")) {
                    throw new SyntaxError("Unknown operator '" + op + "' (use == or !=)", start);
                }
                out.add(new Token(Kind.SYMBOL, op, start));
            } else if ("+-*/(),.".indexOf(c) >= 0) {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                i++;
            } else {
                throw new SyntaxError("Unexpected character '" + c + "'", i);
            }
        }
        out.add(new Token(Kind.END, "", text.length()));
        return out;
    }
}
