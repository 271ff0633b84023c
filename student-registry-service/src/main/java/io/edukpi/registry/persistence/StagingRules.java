package io.edukpi.registry.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.registry.domain.ReferenceList;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.SchoolScope;

/**
 * The checks of a staged load that need the database (school known and writable by the caller, not
 * certified, codes in the reference lists, one active enrolment per round), run set-wise over the
 * whole staging table into its rejections ({@code rej}).
 */
final class StagingRules {

    private static final String FILE_ERRORS = """
            insert into rej select row_no, err_column, err_code, err_en, err_th, err_value from stg where err_code is not null
            """;

    /**
     * Every rule as one boolean per row in a single pass over the staging table; only the rows that
     * break something are then spread into one rejection per broken rule. Each rule's column, code
     * and texts are parameters; {0} in a text is the row's school.
     */
    private static final String RULES = """
            insert into rej (row_no, column_name, code, reason_en, reason_th, value)
            select b.row_no, v.col, v.code, v.en, v.th, v.val
            from (
              select s.row_no, s.school_code, s.person_id, s.ethnicity, s.nationality, s.religion, s.disability,
                     s.travel_mode,
                     sc.code is null as school_unknown,
                     sc.code is not null and not (?::boolean or s.school_code = any (?::bpchar[])) as not_permitted,
                     ce.school_code is not null as certified,
                     s.ethnicity is not null and r1.code is null as bad_ethnicity,
                     s.nationality is not null and r2.code is null as bad_nationality,
                     s.religion is not null and r3.code is null as bad_religion,
                     s.disability is not null and r4.code is null as bad_disability,
                     s.travel_mode is not null and r5.code is null as bad_travel,
                     e.person_id is not null as enrolled_elsewhere
              from stg s
              left join school sc on sc.code = s.school_code
              left join certification ce on ce.school_code = s.school_code and ce.round_id = ?
                   and ce.state in ('CERTIFIED', 'ACKNOWLEDGED')
              left join reference_code r1 on r1.list = 'ethnicity' and r1.code = s.ethnicity and r1.active
              left join reference_code r2 on r2.list = 'nationality' and r2.code = s.nationality and r2.active
              left join reference_code r3 on r3.list = 'religion' and r3.code = s.religion and r3.active
              left join reference_code r4 on r4.list = 'disability' and r4.code = s.disability and r4.active
              left join reference_code r5 on r5.list = 'travel-mode' and r5.code = s.travel_mode and r5.active
              left join enrolment e on e.person_id = s.person_id and e.round_id = ? and e.active
                   and e.school_code <> s.school_code
              where s.err_code is null
            ) b
            cross join lateral (values
              (b.school_unknown, ?, ?, replace(?, '{0}', b.school_code), replace(?, '{0}', b.school_code), b.school_code::text),
              (b.not_permitted, ?, ?, replace(?, '{0}', b.school_code), replace(?, '{0}', b.school_code), b.school_code::text),
              (b.certified, ?, ?, replace(?, '{0}', b.school_code), replace(?, '{0}', b.school_code), b.school_code::text),
              (b.bad_ethnicity, ?, ?, ?, ?, b.ethnicity::text),
              (b.bad_nationality, ?, ?, ?, ?, b.nationality::text),
              (b.bad_religion, ?, ?, ?, ?, b.religion::text),
              (b.bad_disability, ?, ?, ?, ?, b.disability::text),
              (b.bad_travel, ?, ?, ?, ?, b.travel_mode::text),
              (b.enrolled_elsewhere, ?, ?, ?, ?, b.person_id::text)
            ) v(bad, col, code, en, th, val)
            where v.bad and (b.school_unknown or b.not_permitted or b.certified or b.bad_ethnicity or b.bad_nationality
                   or b.bad_religion or b.bad_disability or b.bad_travel or b.enrolled_elsewhere)
            """;

    /** A rule's rejection as the statement needs it, in the order of its {@code values} rows. */
    private record Rule(String field, RegistryMessage message, Text text) {
        static Rule of(String field, RegistryMessage message) {
            return new Rule(field, message, message.text());
        }

        static Rule codeList(String field, ReferenceList list) {
            return new Rule(field, RegistryMessage.CODE_UNKNOWN, RegistryMessage.CODE_UNKNOWN.text(null, list.label()));
        }
    }

    private static final List<Rule> RULE_ORDER = List.of(
            Rule.of("schoolCode", RegistryMessage.SCHOOL_UNKNOWN),
            Rule.of("schoolCode", RegistryMessage.SCHOOL_NOT_PERMITTED),
            Rule.of("schoolCode", RegistryMessage.SCHOOL_CERTIFIED),
            Rule.codeList("ethnicity", ReferenceList.ETHNICITY),
            Rule.codeList("nationality", ReferenceList.NATIONALITY),
            Rule.codeList("religion", ReferenceList.RELIGION),
            Rule.codeList("disability", ReferenceList.DISABILITY),
            Rule.codeList("travelMode", ReferenceList.TRAVEL_MODE),
            Rule.of("citizenId", RegistryMessage.SECOND_ACTIVE_ENROLMENT));

    private StagingRules() {
    }

    /** @return how many rows are rejected, by the reader or by the rules */
    static long check(StudentStaging staging, long roundId, SchoolScope writable, Function<String, String> columnTitle)
            throws SQLException {
        Connection connection = staging.connection();
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(FILE_ERRORS);
        }
        staging.lap("file errors");
        try (PreparedStatement ps = connection.prepareStatement(RULES)) {
            int i = 1;
            ps.setBoolean(i++, writable instanceof SchoolScope.All);
            Array schools = connection.createArrayOf("bpchar", writable instanceof SchoolScope.Schools listed
                    ? listed.codes().toArray(String[]::new)
                    : new String[0]);
            ps.setArray(i++, schools);
            ps.setLong(i++, roundId);
            ps.setLong(i++, roundId);
            for (Rule rule : RULE_ORDER) {
                ps.setString(i++, columnTitle.apply(rule.field()));
                ps.setString(i++, rule.message().code());
                ps.setString(i++, rule.text().english());
                ps.setString(i++, rule.text().thai());
            }
            ps.executeUpdate();
        }
        staging.lap("rules");
        try (Statement st = connection.createStatement()) {
            st.execute("analyze rej");
            try (ResultSet rs = st.executeQuery("select count(distinct row_no) from rej")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Copies the rejections to the job's permanent report. */
    static void keepRejections(StudentStaging staging, UUID jobId) throws SQLException {
        try (PreparedStatement ps = staging.connection().prepareStatement("""
                insert into ingestion_rejection (job_id, row_no, column_name, code, reason_en, reason_th, value)
                select ?, row_no, column_name, code, reason_en, reason_th, value from rej
                """)) {
            ps.setObject(1, jobId);
            ps.executeUpdate();
        }
        staging.lap("keep rejections");
    }

    /** Rejections by row, for answers that report each record (MIS batches: small). */
    static Map<Long, List<Finding>> rejections(StudentStaging staging) throws SQLException {
        Map<Long, List<Finding>> out = new HashMap<>();
        try (Statement st = staging.connection().createStatement();
                ResultSet rs = st.executeQuery(
                        "select row_no, column_name, code, reason_en, reason_th, value from rej order by row_no")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(RejectionReport.finding(rs));
            }
        }
        return out;
    }
}
