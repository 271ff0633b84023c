package io.edukpi.registry.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.edukpi.registry.domain.ClassLevel;
import io.edukpi.registry.domain.PersonId;
import io.edukpi.registry.domain.StudentField;

/**
 * Writes a student file in the SchoolMIS export layout (Thai column titles): valid Thai names,
 * valid citizen IDs and G-codes, B.E. dates, class levels that fit the age, and a chosen share of
 * bad rows of every kind the registry must refuse. Deterministic for a seed; returns the numbers of
 * the bad rows (spreadsheet numbering, header = row 1), which are exactly the rows a correct
 * ingestion rejects.
 *
 * <p>
 * Run: {@code java -cp <test classpath> io.edukpi.registry.bench.StudentFileGenerator out.csv 1000000 [badPercent]}
 */
public final class StudentFileGenerator {

    private static final String[] BOYS = { "สมชาย", "ธนากร", "กิตติพัฒน์", "ณัฐวุฒิ", "ภูมิพัฒน์", "ศุภชัย", "วีรภัทร", "อนุชา",
            "ปิยะพงษ์", "ธีรเดช", "พงศกร", "จิรายุ", "ชยพล", "ธนวัฒน์", "ก้องภพ" };
    private static final String[] GIRLS = { "สมหญิง", "กมลชนก", "ณัฐธิดา", "พิมพ์ชนก", "ศิริพร", "วรรณิศา", "ปวีณา", "ชนิดา",
            "อารยา", "สุภาวดี", "ธัญญารัตน์", "กัญญาณัฐ", "พัชราภา", "นภัสสร", "เบญจมาศ" };
    private static final String[] FAMILY = { "ใจดี", "ศรีโพธิ์", "ช้อยเครือ", "ตันมงคลกาญจน", "สุขสวัสดิ์", "วงศ์ไทย",
            "แก้วมณี",
            "บุญมา", "ทองดี", "พรหมมา", "จันทร์เพ็ญ", "ศรีสุข", "รักษ์ไทย", "มีสุข", "อินทร์แก้ว" };
    private static final String[] ETHNICITY = { "099", "099", "099", "099", "044", "048", "057" };
    private static final String[] RELIGION = { "1", "1", "1", "1", "2", "3" };
    private static final String[] DISABILITY = { "00", "00", "00", "00", "00", "00", "00", "00", "01", "04" };
    private static final String[] TRAVEL = { "1", "2", "3", "4", "5", "6" };

    /** The kinds of bad rows, each refused for one precise reason. */
    public enum Bad {
        CHECK_DIGIT,
        TWELVE_DIGITS,
        G_CODE_LETTERS,
        FEBRUARY_30,
        CLASS_LEVEL,
        THAI_IN_NUMBER,
        DUPLICATE_ID,
        EXTRA_COLUMN,
        UNKNOWN_CODE
    }

    public record Result(long rows, SortedSet<Long> badRows) {
    }

    private StudentFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        double badPercent = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        Result result = generate(out, rows, List.of("1050130001", "1050130002", "1050130003"), badPercent / 100, 42,
                StandardCharsets.UTF_8);
        System.out.printf("%s: %d rows, %d bad%n", out, result.rows(), result.badRows().size());
    }

    public static Result generate(Path out, long rows, List<String> schools, double badRate, long seed, Charset charset)
            throws IOException {
        return generate(out, null, rows, schools, badRate, seed, charset);
    }

    /**
     * @param goodOut when not null, also receives the good rows alone (the rows a correct ingestion
     *        stores), for a raw COPY of the same data into a keyed table
     */
    public static Result generate(Path out, Path goodOut, long rows, List<String> schools, double badRate, long seed,
            Charset charset) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        SortedSet<Long> bad = new TreeSet<>();
        long badEvery = badRate <= 0 ? Long.MAX_VALUE : Math.round(1 / badRate);
        String previousId = null;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), charset), 1 << 16);
                BufferedWriter good = goodOut == null ? null
                        : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(goodOut), charset), 1 << 16)) {
            String header = StudentField.ALL.stream().map(StudentField::header).collect(Collectors.joining(","));
            w.write(header);
            w.write('\n');
            if (good != null) {
                good.write(header);
                good.write('\n');
            }
            List<String> cells = new ArrayList<>(StudentField.ALL.size() + 1);
            for (long i = 0; i < rows; i++) {
                long row = i + 2;
                cells.clear();
                String id = citizenId(seed, i);
                boolean girl = random.nextBoolean();
                ClassLevel level = ClassLevel.values()[random.nextInt(ClassLevel.values().length)];
                int age = level.ordinal() + 3;
                int birthYearBe = 2567 - age - (random.nextInt(4) == 0 ? 1 : 0);
                String birth = String.format("%04d-%02d-%02d", birthYearBe, 1 + random.nextInt(12), 1 + random.nextInt(28));
                cells.add(schools.get((int) (i % schools.size())));
                cells.add(i % 50 == 7 ? "G" + String.format("%012d", seed * 1_000_000_000L + i) : id);
                cells.add(age < 15 ? (girl ? "ด.ญ." : "ด.ช.") : (girl ? "นางสาว" : "นาย"));
                cells.add((girl ? GIRLS : BOYS)[random.nextInt(15)]);
                cells.add(FAMILY[random.nextInt(FAMILY.length)]);
                cells.add(birth);
                cells.add(level.thai());
                cells.add(Long.toString(10000 + i));
                cells.add(String.format("%d.%d", 15 + age * 3, random.nextInt(10)));
                cells.add(Integer.toString(95 + age * 5 + random.nextInt(10)));
                cells.add(String.format("%011d", 73020000000L + i % 9_999_999L));
                String ethnicity = ETHNICITY[random.nextInt(ETHNICITY.length)];
                cells.add(ethnicity);
                cells.add(ethnicity);
                cells.add(RELIGION[random.nextInt(RELIGION.length)]);
                cells.add(DISABILITY[random.nextInt(DISABILITY.length)]);
                cells.add(TRAVEL[random.nextInt(TRAVEL.length)]);
                cells.add(random.nextInt(200) / 10.0 + "");
                cells.add("7302" + String.format("%02d", 1 + random.nextInt(20)));
                cells.add("นาย" + BOYS[random.nextInt(15)] + " " + cells.get(4));
                cells.add("นาง" + GIRLS[random.nextInt(15)] + " " + cells.get(4));
                cells.add(parentId(seed, i, 1));
                cells.add(parentId(seed, i, 2));
                if (i % badEvery == badEvery / 2 && i > 0) {
                    spoil(cells, Bad.values()[(int) ((i / badEvery) % Bad.values().length)], previousId);
                    bad.add(row);
                } else {
                    previousId = cells.get(1);
                    if (good != null) {
                        good.write(String.join(",", cells));
                        good.write('\n');
                    }
                }
                w.write(String.join(",", cells));
                w.write('\n');
            }
        }
        return new Result(rows, bad);
    }

    private static void spoil(List<String> cells, Bad kind, String previousId) {
        int id = StudentField.CITIZEN_ID.ordinal();
        switch (kind) {
            case CHECK_DIGIT -> {
                String valid = cells.get(id).startsWith("G") ? citizenId(7, 123) : cells.get(id);
                char wrong = (char) ('0' + (valid.charAt(12) - '0' + 1) % 10);
                cells.set(id, valid.substring(0, 12) + wrong);
            }
            case TWELVE_DIGITS -> cells.set(id, "110111234567");
            case G_CODE_LETTERS -> cells.set(id, "G12345ABC7890");
            case FEBRUARY_30 -> cells.set(StudentField.BIRTH_DATE.ordinal(), "2555-02-30");
            case CLASS_LEVEL -> cells.set(StudentField.CLASS_LEVEL.ordinal(), "ป.7");
            case THAI_IN_NUMBER -> cells.set(StudentField.WEIGHT_KG.ordinal(), "สามสิบ");
            case DUPLICATE_ID -> cells.set(id, previousId);
            case EXTRA_COLUMN -> cells.add("เกิน");
            case UNKNOWN_CODE -> cells.set(StudentField.RELIGION.ordinal(), "77");
        }
    }

    /** A valid citizen ID unique per (seed, index): 12 digits from both, then the check digit. */
    static String citizenId(long seed, long index) {
        String first12 = String.format("1%02d%09d", seed % 100, index % 1_000_000_000L);
        return first12 + PersonId.checkDigit(first12);
    }

    private static String parentId(long seed, long index, int which) {
        String first12 = String.format("3%02d%d%08d", seed % 100, which, index % 100_000_000L);
        return first12 + PersonId.checkDigit(first12);
    }
}
