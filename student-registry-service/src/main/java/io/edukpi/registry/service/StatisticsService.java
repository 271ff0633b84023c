package io.edukpi.registry.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.AgeGroup;
import io.edukpi.registry.domain.ClassLevel;
import io.edukpi.registry.domain.RegistryMessage.Examples;
import io.edukpi.registry.persistence.JdbcQueries;

/**
 * The figures indicators need from the registry, per area office and census round: students by
 * level and age group (age in full years on the census date), enrolment ratios against the imported
 * population, completeness of the 32 key items, and certification by the deadline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    /** The payload of {@code registry.statistics} (docs/events/registry.statistics.schema.json). */
    @Schema(name = "RegistryStatistics", description = "An office's registry figures for one census round")
    public record Statistics(
            @Schema(description = "The area office", example = "5001") String officeCode,
            @Schema(description = "The office's Thai name", example = Examples.OFFICE_NAME) String officeNameTh,
            @Schema(description = Examples.OFFICE_KIND, enumeration = {
                    "PRIMARY", "SECONDARY" }, example = "PRIMARY") String officeKind,
            @Schema(description = "The census round's id", example = "1") long roundId,
            @Schema(description = "Academic year, C.E.", example = "2024") int academicYear,
            @Schema(description = "1: census of 10 June, 2: of 10 November", example = "1") int roundNo,
            @Schema(description = "The census date", example = "2024-06-10", format = "date") String censusDate,
            @Schema(description = "The certification deadline", example = "2024-06-30", format = "date") String certificationDeadline,
            @Schema(description = "OPEN or CLOSED", enumeration = { "OPEN", "CLOSED" }, example = "OPEN") String roundStatus,
            @Schema(description = "What produced the figures: QUERY for this read", enumeration = { "QUERY", "CERTIFICATION",
                    "ROUND_CLOSED" }, example = "QUERY") String trigger,
            @Schema(description = "The school whose certification caused an event; null for a read", example = "1050130001") String schoolCode,
            @Schema(description = "When the figures were computed (ISO 8601 with offset)", example = "2024-06-30T17:00:00+07:00", implementation = String.class, format = "date-time") OffsetDateTime generatedAt,
            @Schema(description = "Students by level and age group") Students students,
            @Schema(description = "Enrolment against the imported population, per age group") List<EnrolmentRatio> enrolmentRatios,
            @Schema(description = "Records with every key item keyed") Completeness completeness,
            @Schema(description = "The office's schools' certification") CertificationCounts certification,
            @Schema(description = "Every school of the office, by code") List<SchoolState> schools){
    }

    @Schema(name = "RegistryStudents", description = "Active enrolments of the office's schools")
    public record Students(@Schema(description = "All of them", example = "1520") long total,
            @Schema(description = "By class level, every level present") Map<String, Long> byLevel,
            @Schema(description = "By age group (3-5, 6-11, 12-14, 15-17, other), age on the census date") Map<String, Long> byAgeGroup) {
    }

    @Schema(description = "Students of an age group against the population of that age")
    public record EnrolmentRatio(@Schema(description = "The age group", example = "6-11") String ageGroup,
            @Schema(description = "Students of the group", example = "980") long students,
            @Schema(description = "Population of the group; null when not imported", example = "1010") Long population,
            @Schema(description = "students / population in %, 2 decimals; null without population", example = "97.03") BigDecimal ratioPercent) {
    }

    @Schema(name = "CompletenessItems", description = "Records and complete records")
    public record Items(@Schema(description = "Records", example = "1520") long records,
            @Schema(description = "Records with every key item", example = "1400") long complete) {
    }

    @Schema(description = "Completeness of students (16 items), teachers (10) and schools (6)")
    public record Completeness(@Schema(description = "Students") Items students,
            @Schema(description = "Teachers") Items teachers,
            @Schema(description = "Schools") Items schools) {
    }

    @Schema(description = "The office's schools by certification state")
    public record CertificationCounts(@Schema(description = "Schools of the office", example = "42") long schools,
            @Schema(description = "Certified or acknowledged", example = "40") long certified,
            @Schema(description = "Certified by the deadline", example = "38") long certifiedByDeadline,
            @Schema(description = "Acknowledged by the area office", example = "30") long acknowledged,
            @Schema(description = "Reopened for a correction", example = "1") long reopened) {
    }

    /** One school of the office; {@code certified} as {@link CertificationCounts#certified()} counts it. */
    @Schema(description = "A school of the office and whether it has certified")
    public record SchoolState(@Schema(description = "The school", example = "1050130001") String code,
            @Schema(description = "Thai name", example = Examples.SCHOOL_NAME) String nameTh,
            @Schema(description = "Certified or acknowledged", example = "true") boolean certified) {
    }

    private final JdbcQueries sql;

    public StatisticsService(JdbcQueries sql) {
        this.sql = sql;
    }

    public Statistics compute(AreaOffice office, CensusRound round, String trigger, String schoolCode) {
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (ClassLevel level : ClassLevel.values()) {
            byLevel.put(level.thai(), 0L);
        }
        sql.list("""
                select e.class_level, count(*) from enrolment e join school s on s.code = e.school_code
                where s.office_code = ? and e.round_id = ? and e.active group by e.class_level
                """, rs -> byLevel.put(rs.getString(1), rs.getLong(2)), office.code(), round.id());
        long total = byLevel.values().stream().mapToLong(Long::longValue).sum();

        Map<String, Long> byAge = new LinkedHashMap<>();
        for (AgeGroup group : AgeGroup.values()) {
            byAge.put(group.label(), 0L);
        }
        byAge.put("other", 0L);
        sql.list("""
                select date_part('year', age(?::date, st.birth_date))::int as age, count(*)
                from enrolment e join school s on s.code = e.school_code
                    join student st on st.round_id = e.round_id and st.person_id = e.person_id
                where s.office_code = ? and e.round_id = ? and e.active group by 1
                """, rs -> {
            String label = AgeGroup.of(rs.getInt(1)).map(AgeGroup::label).orElse("other");
            return byAge.merge(label, rs.getLong(2), Long::sum);
        }, round.censusDate(), office.code(), round.id());

        Map<String, Long> population = new LinkedHashMap<>();
        sql.list("select age, persons from population_figure where office_code = ? and year = ?", rs -> {
            long persons = rs.getLong(2);
            AgeGroup.of(rs.getInt(1)).ifPresent(g -> population.merge(g.label(), persons, Long::sum));
            return 1;
        }, office.code(), round.academicYear());
        List<EnrolmentRatio> ratios = new ArrayList<>();
        for (AgeGroup group : AgeGroup.values()) {
            long students = byAge.get(group.label());
            Long persons = population.get(group.label());
            BigDecimal ratio = persons == null || persons == 0 ? null
                    : BigDecimal.valueOf(students).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(persons), 2, RoundingMode.HALF_UP);
            ratios.add(new EnrolmentRatio(group.label(), students, persons, ratio));
        }

        Items students = sql.one("""
                select count(*), count(*) filter (where e.student_number is not null and st.weight_kg is not null
                    and st.height_cm is not null and st.house_code is not null and st.ethnicity is not null
                    and st.nationality is not null and st.religion is not null and st.disability is not null
                    and st.travel_mode is not null and st.distance_km is not null and st.subdistrict_code is not null
                    and st.father_name is not null and st.mother_name is not null and st.father_id is not null
                    and st.mother_id is not null)
                from enrolment e join school s on s.code = e.school_code
                    join student st on st.round_id = e.round_id and st.person_id = e.person_id
                where s.office_code = ? and e.round_id = ? and e.active
                """, rs -> new Items(rs.getLong(1), rs.getLong(2)), office.code(), round.id()).orElseThrow();
        Items teachers = sql.one("""
                select count(*), count(*) filter (where t.major_subject is not null and t.highest_qualification is not null
                    and t.first_teaching_date is not null and t.first_appointed_date is not null and t.position is not null
                    and t.address is not null and t.personnel_type is not null)
                from teacher t join school s on s.code = t.school_code where s.office_code = ?
                """, rs -> new Items(rs.getLong(1), rs.getLong(2)), office.code()).orElseThrow();
        Items schools = sql.one("""
                select count(*), count(*) filter (where internet is not null and network_centre is not null
                    and electricity is not null and telephone is not null and piped_water is not null
                    and dream_school_cohort is not null)
                from school where office_code = ?
                """, rs -> new Items(rs.getLong(1), rs.getLong(2)), office.code()).orElseThrow();
        CertificationCounts certification = sql.one("""
                select count(*),
                    count(*) filter (where c.state in ('CERTIFIED', 'ACKNOWLEDGED')),
                    count(*) filter (where c.state in ('CERTIFIED', 'ACKNOWLEDGED')
                        and (c.certified_at at time zone 'Asia/Bangkok')::date <= ?),
                    count(*) filter (where c.state = 'ACKNOWLEDGED'),
                    count(*) filter (where c.state = 'REOPENED')
                from school s left join certification c on c.school_code = s.code and c.round_id = ?
                where s.office_code = ?
                """, rs -> new CertificationCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                round.certificationDeadline(), round.id(), office.code()).orElseThrow();
        // Consumers (submission-service) list the office's schools that have not certified yet.
        List<SchoolState> schoolStates = sql.list("""
                select s.code, s.name_th, coalesce(c.state in ('CERTIFIED', 'ACKNOWLEDGED'), false)
                from school s left join certification c on c.school_code = s.code and c.round_id = ?
                where s.office_code = ? order by s.code
                """, rs -> new SchoolState(rs.getString(1), rs.getString(2), rs.getBoolean(3)), round.id(), office.code());
        return new Statistics(office.code(), office.nameTh(), office.kind(), round.id(), round.academicYear(),
                round.roundNo(), round.censusDate().toString(), round.certificationDeadline().toString(), round.status(),
                trigger, schoolCode, OffsetDateTime.now(), new Students(total, byLevel, byAge), ratios,
                new Completeness(students, teachers, schools), certification, schoolStates);
    }
}
