package io.edukpi.commons.problem;

import io.edukpi.commons.message.Message;

/**
 * Thai beside Hibernate Validator's English for each Bean Validation constraint. On the wire the
 * finding's code stays the constraint's name ({@code NotNull}, {@code Min}), as clients know it.
 */
enum ConstraintMessage implements Message {
    NOT_NULL("NotNull", "must not be null", "ต้องระบุค่า"),
    NOT_BLANK("NotBlank", "must not be blank", "ต้องไม่เว้นว่าง"),
    NOT_EMPTY("NotEmpty", "must not be empty", "ต้องไม่เว้นว่าง"),
    SIZE("Size", "size must be between {min} and {max}", "จำนวนหรือความยาวต้องอยู่ระหว่าง {min} ถึง {max}"),
    MIN("Min", "must be greater than or equal to {value}", "ต้องมีค่าไม่น้อยกว่า {value}"),
    MAX("Max", "must be less than or equal to {value}", "ต้องมีค่าไม่เกิน {value}"),
    DECIMAL_MIN("DecimalMin", "must be greater than or equal to {value}", "ต้องมีค่าไม่น้อยกว่า {value}"),
    DECIMAL_MAX("DecimalMax", "must be less than or equal to {value}", "ต้องมีค่าไม่เกิน {value}"),
    POSITIVE("Positive", "must be greater than 0", "ต้องมีค่ามากกว่า 0"),
    POSITIVE_OR_ZERO("PositiveOrZero", "must be greater than or equal to 0", "ต้องมีค่าตั้งแต่ 0 ขึ้นไป"),
    NEGATIVE("Negative", "must be less than 0", "ต้องมีค่าน้อยกว่า 0"),
    DIGITS("Digits", "numeric value out of bounds (<{integer} digits>.<{fraction} digits> expected)",
            "ต้องเป็นตัวเลขไม่เกิน {integer} หลัก และทศนิยมไม่เกิน {fraction} ตำแหน่ง"),
    PATTERN("Pattern", "must match the expected pattern", "รูปแบบไม่ถูกต้อง"),
    EMAIL("Email", "must be a well-formed email address", "รูปแบบอีเมลไม่ถูกต้อง"),
    PAST("Past", "must be a past date", "ต้องเป็นวันที่ในอดีต"),
    PAST_OR_PRESENT("PastOrPresent", "must be a date in the past or in the present", "ต้องไม่เป็นวันที่ในอนาคต"),
    FUTURE("Future", "must be a future date", "ต้องเป็นวันที่ในอนาคต"),
    FUTURE_OR_PRESENT("FutureOrPresent", "must be a date in the present or in the future", "ต้องไม่เป็นวันที่ในอดีต"),
    ASSERT_TRUE("AssertTrue", "must be true", "ต้องเป็นจริง"),
    ASSERT_FALSE("AssertFalse", "must be false", "ต้องเป็นเท็จ"),
    OTHER("Other", "is not valid", "ค่าไม่ถูกต้อง");

    private final String constraint;
    private final Entry entry;

    /** The catalogue's code is the constraint's name in kebab-case ({@code not-null}). */
    ConstraintMessage(String constraint, String english, String thai) {
        this.constraint = constraint;
        this.entry = new Entry(constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(), english, thai);
    }

    String constraint() {
        return constraint;
    }

    @Override
    public Entry entry() {
        return entry;
    }

    static ConstraintMessage of(String constraint) {
        for (ConstraintMessage message : values()) {
            if (message.constraint.equals(constraint)) {
                return message;
            }
        }
        return OTHER;
    }
}
