package io.edukpi.submission.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.submission.domain.ResultState;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.persistence.AuditEntryEntity;
import io.edukpi.submission.persistence.ResultEntity;
import io.edukpi.submission.persistence.ResultSnapshotEntity;
import io.quarkus.panache.common.Sort;

/** Reads of results, scoped to what the caller may see. */
@ApplicationScoped
public class ResultQueries {

    private final ResultAccess access;
    private final CatalogueService catalogues;
    private final JsonColumns json;

    public ResultQueries(ResultAccess access, CatalogueService catalogues, JsonColumns json) {
        this.access = access;
        this.catalogues = catalogues;
        this.json = json;
    }

    public record Filter(Integer fiscalYear, String level, Integer round, String officeCode, String indicatorCode,
            ResultState state) {
    }

    public record AuditEntry(@Schema(description = "Audit entry number", example = "1") long id,
            @Schema(description = "When") OffsetDateTime at, @Schema(description = "Who", example = "somsri") String actor,
            @Schema(description = "CREATE, UPDATE or the workflow step", example = "SUBMIT") String action,
            @Schema(description = "State before") String fromState, @Schema(description = "State after") String toState,
            @Schema(description = "The reason given, if any") String reason,
            @Schema(description = "The content before") JsonNode before,
            @Schema(description = "The content after") JsonNode after,
            @Schema(description = "The request that made the change") String requestId) {
    }

    public record AcceptedVersion(@Schema(description = "The accepted version", example = "1") int version,
            @Schema(description = "When it was accepted") OffsetDateTime acceptedAt,
            @Schema(description = "When it was withdrawn (reopened), if it was") OffsetDateTime withdrawnAt,
            @Schema(description = "The result as it was accepted") JsonNode result) {
    }

    @Transactional
    public Page<ResultView> list(Filter f, PageRequest request) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        OfficeScope scope = access.officeScope();
        if (!scope.everyOffice()) {
            where.append(" and officeCode in :scope");
            params.put("scope", scope.offices());
        }
        if (f.fiscalYear() != null) {
            where.append(" and fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        if (f.level() != null) {
            where.append(" and level = :level");
            params.put("level", f.level());
        }
        if (f.round() != null) {
            where.append(" and round = :round");
            params.put("round", f.round());
        }
        if (f.officeCode() != null) {
            where.append(" and officeCode = :office");
            params.put("office", f.officeCode());
        }
        if (f.indicatorCode() != null) {
            where.append(" and indicatorCode = :indicator");
            params.put("indicator", f.indicatorCode());
        }
        if (f.state() != null) {
            where.append(" and state = :state");
            params.put("state", f.state());
        }
        var query = ResultEntity.<ResultEntity> find(where.toString(),
                Sort.by("officeCode").and("fiscalYear").and("level").and("round").and("indicatorCode"), params);
        long total = query.count();
        List<ResultView> items = query.page(request.page(), request.size()).list().stream()
                .map(this::view).toList();
        return Page.of(items, request, total);
    }

    @Transactional
    public ResultView get(UUID id) {
        return view(access.visible(id));
    }

    public ResultView view(ResultEntity r) {
        return view(r, AreaOfficeEntity.findById(r.officeCode));
    }

    ResultView view(ResultEntity r, AreaOfficeEntity office) {
        return ResultView.of(r, catalogues.byId(r.catalogueId), office == null ? null : office.nameTh,
                office == null ? null : office.kind, json);
    }

    @Transactional
    public List<AuditEntry> audit(UUID id) {
        access.visible(id);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntryEntity e : AuditEntryEntity.ofResult(id)) {
            entries.add(new AuditEntry(e.id, e.at, e.actor, e.action, e.fromState, e.toState, e.reason,
                    json.tree(e.before), json.tree(e.after), e.requestId));
        }
        return entries;
    }

    @Transactional
    public List<AcceptedVersion> versions(UUID id) {
        access.visible(id);
        return ResultSnapshotEntity.<ResultSnapshotEntity> list("key.resultId = ?1 order by key.version", id).stream()
                .map(s -> new AcceptedVersion(s.key.version(), s.acceptedAt, s.withdrawnAt, json.tree(s.data))).toList();
    }
}
