package io.edukpi.commons.problem;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns Bean Validation violations into problem errors: a field path a client can follow, and a
 * Thai message beside Hibernate Validator's English one.
 */
final class ViolationMessages {

    private static final Map<String, String> THAI = Map.ofEntries(
            Map.entry("NotNull", "ต้องระบุค่า"),
            Map.entry("NotBlank", "ต้องไม่เว้นว่าง"),
            Map.entry("NotEmpty", "ต้องไม่เว้นว่าง"),
            Map.entry("Size", "จำนวนหรือความยาวต้องอยู่ระหว่าง {min} ถึง {max}"),
            Map.entry("Min", "ต้องมีค่าไม่น้อยกว่า {value}"),
            Map.entry("Max", "ต้องมีค่าไม่เกิน {value}"),
            Map.entry("DecimalMin", "ต้องมีค่าไม่น้อยกว่า {value}"),
            Map.entry("DecimalMax", "ต้องมีค่าไม่เกิน {value}"),
            Map.entry("Positive", "ต้องมีค่ามากกว่า 0"),
            Map.entry("PositiveOrZero", "ต้องมีค่าตั้งแต่ 0 ขึ้นไป"),
            Map.entry("Negative", "ต้องมีค่าน้อยกว่า 0"),
            Map.entry("Digits", "ต้องเป็นตัวเลขไม่เกิน {integer} หลัก และทศนิยมไม่เกิน {fraction} ตำแหน่ง"),
            Map.entry("Pattern", "รูปแบบไม่ถูกต้อง"),
            Map.entry("Email", "รูปแบบอีเมลไม่ถูกต้อง"),
            Map.entry("Past", "ต้องเป็นวันที่ในอดีต"),
            Map.entry("PastOrPresent", "ต้องไม่เป็นวันที่ในอนาคต"),
            Map.entry("Future", "ต้องเป็นวันที่ในอนาคต"),
            Map.entry("FutureOrPresent", "ต้องไม่เป็นวันที่ในอดีต"),
            Map.entry("AssertTrue", "ต้องเป็นจริง"),
            Map.entry("AssertFalse", "ต้องเป็นเท็จ"));

    private ViolationMessages() {
    }

    static ProblemError toError(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String thai = THAI.getOrDefault(constraint, "ค่าไม่ถูกต้อง");
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            thai = thai.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        Object invalid = violation.getInvalidValue();
        String value = invalid == null || invalid instanceof Iterable<?> || invalid.getClass().isArray()
                ? null
                : abbreviate(String.valueOf(invalid));
        return new ProblemError(fieldPath(violation.getPropertyPath()), null, null, null,
                constraint, violation.getMessage(), thai, value);
    }

    /**
     * The path a client knows: the bean properties inside the body, or the name of a query/path
     * parameter; the Java method and parameter names in front are dropped.
     */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
