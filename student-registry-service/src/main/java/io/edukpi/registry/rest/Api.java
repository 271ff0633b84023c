package io.edukpi.registry.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.registry.domain.Violation;

/** The JSON shapes of the registry API (camelCase, ISO 8601 dates). */
public final class Api {

    private Api() {
    }

    public record AreaOffice(
            @Schema(example = "5001") @NotBlank @Size(max = 8) String code,
            @Schema(example = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครปฐม เขต 2") @NotBlank String nameTh,
            @Schema(example = "PRIMARY") @NotNull @Pattern(regexp = "PRIMARY|SECONDARY") String kind) {
    }

    public record SchoolItems(
            Boolean internet, Boolean networkCentre, Boolean electricity, Boolean telephone, Boolean pipedWater,
            @Schema(description = "0: not a dream school (โรงเรียนในฝัน), 1 or 2: its cohort") Integer dreamSchoolCohort) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record School(
            @Schema(example = "1050130001") @Pattern(regexp = "[0-9]{10}") String code,
            @Schema(example = "โรงเรียนวัดห้วยพลู") @NotBlank String nameTh,
            String nameEn,
            @Schema(example = "5001") @NotBlank String officeCode,
            @Valid SchoolItems items,
            Boolean complete) {
    }

    public record ReferenceCode(
            @Schema(example = "ethnicity") String list,
            @Schema(example = "099") String code,
            @Schema(example = "ไทย") @NotBlank String nameTh,
            @Schema(example = "Thai") String nameEn,
            Boolean active) {
    }

    public record NewCensusRound(
            @Schema(example = "2567", description = "academic year, B.E.") @NotNull @Min(2500) @Max(2700) Integer academicYear,
            @Schema(example = "1", description = "1: census of 10 June, 2: of 10 November") @NotNull @Min(1) @Max(2) Integer roundNo,
            @Schema(description = "when schools must have certified; defaults to the census date") LocalDate certificationDeadline) {
    }

    public record CensusRound(long id, int academicYear, int roundNo, LocalDate censusDate,
            LocalDate certificationDeadline, String status, OffsetDateTime openedAt,
            OffsetDateTime closedAt) {
    }

    public record PopulationFigure(
            @NotBlank String officeCode,
            @Schema(example = "2567", description = "B.E. year") @NotNull Integer year,
            @NotNull @Min(0) @Max(30) Integer age,
            @NotNull @Min(0) Integer persons) {
    }

    public record PopulationImport(@NotEmpty @Size(max = 10000) List<@Valid @NotNull PopulationFigure> figures) {
    }

    /**
     * A student record from an MIS. Values are text as the MIS has them: the registry checks and
     * converts them (B.E. dates, class labels) with the same rules as a file upload.
     */
    public record Student(
            @Schema(example = "1050130001") String schoolCode,
            @Schema(example = "1101112345679") String citizenId,
            @Schema(example = "ด.ช.") String prefix,
            @Schema(example = "สมชาย") String firstName,
            @Schema(example = "ใจดี") String lastName,
            @Schema(example = "2557-05-14", description = "yyyy-MM-dd or dd/MM/yyyy, B.E. or C.E.") String birthDate,
            @Schema(example = "ป.4") String classLevel,
            @Schema(example = "12345") String studentNumber,
            @Schema(example = "32.5") String weightKg,
            @Schema(example = "135") String heightCm,
            @Schema(example = "73020012345") String houseCode,
            @Schema(example = "099") String ethnicity,
            @Schema(example = "099") String nationality,
            @Schema(example = "1") String religion,
            @Schema(example = "00") String disability,
            @Schema(example = "5") String travelMode,
            @Schema(example = "3.5") String distanceKm,
            @Schema(example = "730201") String subdistrictCode,
            String fatherName, String motherName, String fatherId, String motherId) {
    }

    public record StudentBatch(@NotEmpty @Size(max = 5000) List<@NotNull Student> records) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordError(String field, String code, String message, String messageTh, String value) {
        static RecordError of(Violation v) {
            return new RecordError(v.field(), v.code(), v.message(), v.messageTh(), v.value());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RecordResult(int index, String citizenId, String status, List<RecordError> errors) {
    }

    public record BatchResult(int received, int created, int updated, int unchanged, int rejected,
            List<RecordResult> results) {
    }

    public record Teacher(
            @Schema(example = "1050130001") String schoolCode,
            @Schema(example = "3101112345671") String citizenId,
            String prefix, String firstName, String lastName,
            @Schema(example = "2525-01-31") String birthDate,
            String majorSubject, String highestQualification,
            String firstTeachingDate, String firstAppointedDate,
            String position, String address, String personnelType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Enrolment(long roundId, int academicYear, int roundNo, String schoolCode, String classLevel,
            String studentNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String kind, String citizenId, boolean masked, String prefix, String firstName,
            String lastName, LocalDate birthDate, Map<String, Object> items, List<Enrolment> enrolments,
            String schoolCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RosterEntry(String citizenId, String prefix, String firstName, String lastName, LocalDate birthDate,
            String classLevel, String studentNumber, boolean complete) {
    }

    public record Page<T>(int page, int size, long total, boolean masked, List<T> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobError(String code, String message, String messageTh, Long row, String column) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobCounts(long studentsInserted, long studentsUpdated, long enrolmentsInserted,
            long enrolmentsUpdated) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IngestionJob(UUID id, long roundId, String fileName, String format, String encoding, String mode,
            boolean dryRun, String status, String phase, long rowsRead, long accepted,
            long rejected, JobCounts merged, JobError error, String rejectionsUrl,
            boolean canRerun, OffsetDateTime createdAt, OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {
    }

    public record Certification(String schoolCode, long roundId, String state, String certifiedBy,
            OffsetDateTime certifiedAt, String acknowledgedBy, OffsetDateTime acknowledgedAt) {
    }

    public record Reopening(@NotBlank @Size(max = 1000) String reason) {
    }
}
