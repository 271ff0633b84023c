package io.edukpi.formexpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.edukpi.formexpression.FormExpression.AllDone;
import io.edukpi.formexpression.FormExpression.And;
import io.edukpi.formexpression.FormExpression.Binary;
import io.edukpi.formexpression.FormExpression.Compare;
import io.edukpi.formexpression.FormExpression.Condition;
import io.edukpi.formexpression.FormExpression.CountSchools;
import io.edukpi.formexpression.FormExpression.Expr;
import io.edukpi.formexpression.FormExpression.Negate;
import io.edukpi.formexpression.FormExpression.Not;
import io.edukpi.formexpression.FormExpression.OfficeField;
import io.edukpi.formexpression.FormExpression.Or;
import io.edukpi.formexpression.FormExpression.SumSchools;
import io.edukpi.formexpression.FormVocabulary.FieldType;

/** Finds the names an expression uses that the indicator's forms lack, in the order they appear. */
final class VocabularyCheck {

    private final FormVocabulary forms;
    private final List<String> problems = new ArrayList<>();

    VocabularyCheck(FormVocabulary forms) {
        this.forms = forms;
    }

    List<String> unknownNames(Expr expr) {
        check(expr);
        return problems;
    }

    private void check(Expr expr) {
        if (expr instanceof OfficeField f) {
            numericField(forms.officeFields(), "office", "AREA_OFFICE", f.key());
        } else if (expr instanceof CountSchools c) {
            if (!forms.hasSchoolForm()) {
                problems.add("count(schools) needs a SCHOOL form");
            }
            if (c.where() != null) {
                check(c.where());
            }
        } else if (expr instanceof SumSchools s) {
            schoolField(s.key());
        } else if (expr instanceof Negate n) {
            check(n.operand());
        } else if (expr instanceof Binary b) {
            check(b.left());
            check(b.right());
        }
    }

    private void check(Condition condition) {
        if (condition instanceof AllDone a) {
            if (!forms.schoolChecklists().contains(a.checklistKey())) {
                problems.add("checklist '" + a.checklistKey() + "' is not in the SCHOOL form");
            }
        } else if (condition instanceof Compare c) {
            schoolField(c.key());
            if (c.otherKey() != null) {
                schoolField(c.otherKey());
            }
        } else if (condition instanceof And a) {
            check(a.left());
            check(a.right());
        } else if (condition instanceof Or o) {
            check(o.left());
            check(o.right());
        } else if (condition instanceof Not n) {
            check(n.operand());
        }
    }

    private void schoolField(String key) {
        numericField(forms.schoolFields(), "school", "SCHOOL", key);
    }

    /** {@code scope} is how the expression names the form ("office."), {@code form} how the catalogue does. */
    private void numericField(Map<String, FieldType> fields, String scope, String form, String key) {
        FieldType type = fields.get(key);
        if (type == null) {
            problems.add(scope + "." + key + " is not a field of the " + form + " form");
        } else if (!type.numeric()) {
            problems.add(scope + "." + key + " is " + type.name() + ", not a number");
        }
    }
}
