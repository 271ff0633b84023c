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

import io.edukpi.registry.domain.AgeGroup;
import io.edukpi.registry.domain.ClassLevel;
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
    public record Statistics(String officeCode, String officeNameTh, String officeKind, long roundId, int academicYear,
            int roundNo, String censusDate, String certificationDeadline, String roundStatus,
            String trigger, String schoolCode, OffsetDateTime generatedAt, Students students,
            List<EnrolmentRatio> enrolmentRatios, Completeness completeness,
            CertificationCounts certification, List<SchoolState> schools) {
    }

    public record Students(long total, Map<String, Long> byLevel, Map<String, Long> byAgeGroup) {
    }

    public record EnrolmentRatio(String ageGroup, long students, Long population, BigDecimal ratioPercent) {
    }

    public record Items(long records, long complete) {
    }

    public record Completeness(Items students, Items teachers, Items schools) {
    }

    public record CertificationCounts(long schools, long certified, long certifiedByDeadline, long acknowledged,
            long reopened) {
    }

    /** One school of the office; {@code certified} as {@link CertificationCounts#certified()} counts it. */
    public record SchoolState(String code, String nameTh, boolean certified) {
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
