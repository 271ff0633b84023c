package io.edukpi.registry.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.edukpi.commons.calendar.FiscalYear;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.registry.domain.CensusDates;
import io.edukpi.registry.domain.CensusRoundStatus;
import io.edukpi.registry.domain.OfficeKind;
import io.edukpi.registry.domain.ReferenceList;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.SchoolItems;
import io.edukpi.registry.messaging.AreaOfficeEvents;
import io.edukpi.registry.messaging.AreaOfficeEvents.AreaOfficeRegistered;
import io.edukpi.registry.persistence.JdbcQueries;

/** Area offices, schools and their 6 items, code lists, census rounds, population figures. */
@ApplicationScoped
@Transactional
public class ReferenceDataService {

    private final JdbcQueries sql;
    private final AreaOfficeEvents officeEvents;

    public ReferenceDataService(JdbcQueries sql, AreaOfficeEvents officeEvents) {
        this.sql = sql;
        this.officeEvents = officeEvents;
    }

    /**
     * Registers or renames an office; a new name or kind is announced on registry.area-offices in the same
     * transaction, a PUT that changes nothing announces nothing.
     *
     * @return true when created
     */
    public boolean putOffice(AreaOffice office) {
        Optional<AreaOffice> before = sql.one("select code, name_th, kind from area_office where code = ? for update",
                ReferenceDataService::office, office.code());
        if (before.isPresent() && before.get().equals(office)) {
            return false;
        }
        OffsetDateTime changedAt = sql.one("""
                insert into area_office (code, name_th, kind) values (?, ?, ?)
                on conflict (code) do update set name_th = excluded.name_th, kind = excluded.kind, changed_at = now()
                returning changed_at
                """, rs -> rs.getObject(1, OffsetDateTime.class), office.code(), office.nameTh(), office.kind())
                .orElseThrow();
        officeEvents.announce(new AreaOfficeRegistered(office.code(), office.nameTh(), office.kind(), changedAt));
        return before.isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AreaOffice> office(String code) {
        return sql.one("select code, name_th, kind from area_office where code = ?", ReferenceDataService::office, code);
    }

    /** Offices by code, of one kind or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AreaOffice> offices(OfficeKind kind, PageRequest request) {
        String which = kind == null ? null : kind.name();
        long total = sql.one("select count(*) from area_office where (?::text is null or kind = ?)", rs -> rs.getLong(1),
                which, which).orElse(0L);
        List<AreaOffice> items = sql.list("""
                select code, name_th, kind from area_office where (?::text is null or kind = ?)
                order by code limit ? offset ?
                """, ReferenceDataService::office, which, which, request.size(), request.offset());
        return Page.of(items, request, total);
    }

    private static AreaOffice office(ResultSet rs) throws SQLException {
        return new AreaOffice(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    /** @return true when created */
    public boolean putSchool(String code, School school, boolean mayCreate) {
        if (office(school.officeCode()).isEmpty()) {
            throw ProblemException.invalid(RegistryMessage.OFFICE_UNKNOWN_DETAIL.text(school.officeCode()),
                    List.of(RegistryMessage.OFFICE_UNKNOWN.at("officeCode").withValue(school.officeCode())));
        }
        SchoolItemValues items = school.items() == null ? new SchoolItemValues(null, null, null, null, null, null)
                : school.items();
        SchoolItems domain = new SchoolItems(items.internet(), items.networkCentre(), items.electricity(),
                items.telephone(), items.pipedWater(), items.dreamSchoolCohort());
        List<Finding> findings = domain.findings();
        if (!findings.isEmpty()) {
            throw ProblemException.invalid(RegistryMessage.SCHOOL_ITEMS_INVALID.text(), findings);
        }
        Optional<String> existingOffice = sql.one("select office_code from school where code = ? for update",
                rs -> rs.getString(1), code);
        if (existingOffice.isEmpty() && !mayCreate) {
            throw ProblemException.forbidden(RegistryMessage.NEW_SCHOOL_FORBIDDEN.text());
        }
        if (existingOffice.isPresent() && !existingOffice.get().equals(school.officeCode()) && !mayCreate) {
            throw ProblemException.forbidden(RegistryMessage.SCHOOL_MOVE_FORBIDDEN.text());
        }
        sql.update("""
                insert into school (code, name_th, name_en, office_code, internet, network_centre, electricity, telephone,
                    piped_water, dream_school_cohort) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set name_th = excluded.name_th, name_en = excluded.name_en,
                    office_code = excluded.office_code, internet = excluded.internet,
                    network_centre = excluded.network_centre, electricity = excluded.electricity,
                    telephone = excluded.telephone, piped_water = excluded.piped_water,
                    dream_school_cohort = excluded.dream_school_cohort, updated_at = now()
                """, code, school.nameTh(), school.nameEn(), school.officeCode(), items.internet(),
                items.networkCentre(), items.electricity(), items.telephone(), items.pipedWater(),
                items.dreamSchoolCohort() == null ? null : items.dreamSchoolCohort().shortValue());
        return existingOffice.isEmpty();
    }

    private static final String SCHOOL_COLUMNS = """
            select code, name_th, name_en, office_code, internet, network_centre, electricity, telephone, piped_water,
                dream_school_cohort from school
            """;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<School> school(String code) {
        return sql.one(SCHOOL_COLUMNS + " where code = ?", ReferenceDataService::school, code);
    }

    /** An office's schools, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<School> schools(String officeCode, PageRequest request) {
        long total = sql.one("select count(*) from school where office_code = ?", rs -> rs.getLong(1), officeCode)
                .orElse(0L);
        List<School> items = sql.list(SCHOOL_COLUMNS + " where office_code = ? order by code limit ? offset ?",
                ReferenceDataService::school, officeCode, request.size(), request.offset());
        return Page.of(items, request, total);
    }

    private static School school(ResultSet rs) throws SQLException {
        Integer cohort = rs.getObject(10) == null ? null : rs.getInt(10);
        SchoolItemValues items = new SchoolItemValues(bool(rs, 5), bool(rs, 6), bool(rs, 7), bool(rs, 8), bool(rs, 9),
                cohort);
        boolean complete = new SchoolItems(items.internet(), items.networkCentre(), items.electricity(),
                items.telephone(), items.pipedWater(), cohort).complete();
        return new School(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), items, complete);
    }

    private static Boolean bool(ResultSet rs, int i) throws SQLException {
        boolean value = rs.getBoolean(i);
        return rs.wasNull() ? null : value;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceCode> codes(ReferenceList list) {
        return sql.list("select list, code, name_th, name_en, active from reference_code where list = ? order by code",
                rs -> new ReferenceCode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)),
                list.slug());
    }

    /** @return true when created */
    public boolean putCode(ReferenceList list, String code, ReferenceCode body) {
        if (code.length() > 10 || code.isBlank() || code.contains(",")) {
            throw ProblemException.invalid(RegistryMessage.CODE_FORMAT_DETAIL.text(),
                    List.of(RegistryMessage.CODE_FORMAT.at("code").withValue(code)));
        }
        boolean exists = sql.one("select 1 from reference_code where list = ? and code = ?", rs -> 1, list.slug(), code)
                .isPresent();
        sql.update("""
                insert into reference_code (list, code, name_th, name_en, active) values (?, ?, ?, ?, ?)
                on conflict (list, code) do update set name_th = excluded.name_th, name_en = excluded.name_en,
                    active = excluded.active
                """, list.slug(), code, body.nameTh(), body.nameEn(), body.active() == null || body.active());
        return !exists;
    }

    public CensusRound openRound(NewCensusRound round) {
        LocalDate census = CensusDates.of(round.academicYear(), round.roundNo());
        LocalDate deadline = round.certificationDeadline() == null ? census : round.certificationDeadline();
        if (deadline.isBefore(census)) {
            throw ProblemException.invalid(RegistryMessage.DEADLINE_BEFORE_CENSUS_DETAIL.text(),
                    List.of(RegistryMessage.DEADLINE_BEFORE_CENSUS.at("certificationDeadline", census)));
        }
        if (sql.one("select 1 from census_round where academic_year = ? and round_no = ?", rs -> 1,
                round.academicYear(), round.roundNo()).isPresent()) {
            throw ProblemException
                    .conflict(RegistryMessage.ROUND_EXISTS.text(round.roundNo(), round.academicYear(),
                            FiscalYear.toBuddhist(round.academicYear())));
        }
        long id = sql.one("""
                insert into census_round (academic_year, round_no, census_date, certification_deadline)
                values (?, ?, ?, ?) returning id
                """, rs -> rs.getLong(1), round.academicYear(), round.roundNo(), census, deadline).orElseThrow();
        return round(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CensusRound> round(long id) {
        return sql.one("""
                select id, academic_year, round_no, census_date, certification_deadline, status, opened_at, closed_at
                from census_round where id = ?
                """, ReferenceDataService::round, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CensusRound> rounds() {
        return sql.list("""
                select id, academic_year, round_no, census_date, certification_deadline, status, opened_at, closed_at
                from census_round order by academic_year desc, round_no desc
                """, ReferenceDataService::round);
    }

    static CensusRound round(ResultSet rs) throws SQLException {
        return new CensusRound(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class));
    }

    /** The round, which must exist and be open for writing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CensusRound openRoundOrFail(long id) {
        CensusRound round = round(id).orElseThrow(() -> ProblemException.notFound(RegistryMessage.ROUND_NOT_FOUND.text(id)));
        if (!CensusRoundStatus.OPEN.name().equals(round.status())) {
            throw ProblemException.conflict(RegistryMessage.ROUND_CLOSED.text(id));
        }
        return round;
    }

    public int importPopulation(List<PopulationFigure> figures) {
        List<Finding> errors = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            if (office(figures.get(i).officeCode()).isEmpty()) {
                errors.add(RegistryMessage.OFFICE_UNKNOWN.at("figures[" + i + "].officeCode")
                        .withValue(figures.get(i).officeCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(RegistryMessage.POPULATION_OFFICE_UNKNOWN.text(errors.size()), errors);
        }
        for (PopulationFigure f : figures) {
            sql.update("""
                    insert into population_figure (office_code, year, age, persons) values (?, ?, ?, ?)
                    on conflict (office_code, year, age) do update set persons = excluded.persons
                    """, f.officeCode(), f.year(), f.age().shortValue(), f.persons());
        }
        return figures.size();
    }
}
