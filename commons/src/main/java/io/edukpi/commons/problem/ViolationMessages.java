package io.edukpi.commons.problem;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;

/**
 * Turns Bean Validation violations into problem errors: a field path a client can follow, and a
 * Thai message beside Hibernate Validator's English one.
 */
final class ViolationMessages {

    private ViolationMessages() {
    }

    static Finding toFinding(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String thai = ConstraintMessage.of(constraint).thai();
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            thai = thai.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        Object invalid = violation.getInvalidValue();
        Object value = invalid == null || invalid instanceof Iterable<?> || invalid.getClass().isArray()
                ? null
                : invalid;
        return Finding.external(constraint, fieldPath(violation.getPropertyPath()), new Text(violation.getMessage(), thai))
                .withValue(value);
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
}
