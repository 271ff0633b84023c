package io.edukpi.indicator.service;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.edukpi.commons.etag.IfMatch;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.CatalogueDiff;
import io.edukpi.indicator.domain.CatalogueValidator;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.IndicatorMessage;
import io.edukpi.indicator.json.CatalogueDiffJson;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.json.CatalogueSchema;
import io.edukpi.indicator.json.FindingJson;
import io.edukpi.indicator.persistence.CatalogueRepository;
import io.edukpi.indicator.persistence.CatalogueVersionEntity;

/** The catalogue use cases: drafts, edits, publishing, archiving, copies, imports. */
@ApplicationScoped
public class CatalogueService {

    private final CatalogueRepository repository;
    private final CataloguePublisher publisher;

    public CatalogueService(CatalogueRepository repository, CataloguePublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    /** What an import would do, or did. */
    @Schema(description = "What an import would do (dryRun) or did")
    public record ImportReport(
            @Schema(description = "True when nothing was written") boolean dryRun,
            @Schema(description = "False when findings hold errors (only in a dry run: a real import of an invalid catalogue answers 422)") boolean valid,
            @Schema(description = "The new draft's id; null in a dry run", example = "0b8f1c52-8d1e-4c55-9a57-3b2e8c1d7f10", nullable = true) UUID createdId,
            @Schema(description = "Fiscal year, C.E.", example = "2011") int fiscalYear,
            @Schema(description = "The catalogue's level") Catalogue.Level level,
            @Schema(description = "The version the draft gets (or got)", example = "2") int version,
            @Schema(description = "Number of indicators", example = "23") int indicatorCount,
            @Schema(description = "The latest version of the same fiscal year and level the changes are counted from; null if none", example = "0b8f1c52-8d1e-4c55-9a57-3b2e8c1d7f10", nullable = true) UUID comparedWith,
            @Schema(description = "Changes from comparedWith (from nothing when there is none)") CatalogueDiffJson changes,
            @Schema(description = "Every validation finding") List<FindingJson> findings) {
    }

    @Transactional
    public ImportReport importCatalogue(Catalogue content, boolean dryRun) {
        List<Finding> findings = validate(content);
        boolean valid = !CatalogueValidator.hasErrors(findings);
        Catalogue.Level level = content.level();
        Optional<StoredCatalogue> latest = level == null ? Optional.empty()
                : repository.find("fiscalYear = ?1 and level = ?2 order by version desc", content.fiscalYear(), level)
                        .firstResultOptional().map(this::stored);
        CatalogueDiff changes = CatalogueDiff.between(
                latest.map(StoredCatalogue::content).orElse(content.withIndicators(List.of())), content);
        int version = level == null ? 1 : repository.nextVersion(content.fiscalYear(), level);
        UUID comparedWith = latest.map(StoredCatalogue::id).orElse(null);
        if (dryRun) {
            return new ImportReport(true, valid, null, content.fiscalYear(), content.level(),
                    version, content.indicators().size(), comparedWith, CatalogueDiffJson.of(changes), json(findings));
        }
        StoredCatalogue created = createDraft(content, null);
        return new ImportReport(false, true, created.id(), content.fiscalYear(), content.level(),
                created.version(), content.indicators().size(), comparedWith, CatalogueDiffJson.of(changes),
                json(created.findings()));
    }

    @Transactional
    public StoredCatalogue createDraft(Catalogue content, UUID copiedFrom) {
        List<Finding> findings = validate(content);
        if (CatalogueValidator.hasErrors(findings)) {
            throw CatalogueProblems.findings(findings);
        }
        Catalogue.Level level = content.level();
        repository.draftOf(content.fiscalYear(), level).ifPresent(d -> {
            throw ProblemException.conflict(IndicatorMessage.DRAFT_EXISTS.text(content.naturalKey(), d.id, d.version));
        });
        CatalogueVersionEntity e = new CatalogueVersionEntity();
        e.id = UUID.randomUUID();
        e.fiscalYear = content.fiscalYear();
        e.level = level;
        e.version = repository.nextVersion(content.fiscalYear(), level);
        e.status = Catalogue.Status.DRAFT;
        e.copiedFrom = copiedFrom;
        e.createdAt = now();
        e.revision = 0;
        write(e, content, findings);
        repository.persistAndFlush(e);
        return stored(e);
    }

    public StoredCatalogue get(UUID id) {
        return repository.findByIdOptional(id).map(this::stored).orElseThrow(() -> CatalogueProblems.notFound(id));
    }

    public CatalogueRepository.Result search(CatalogueRepository.Search search) {
        return repository.search(search);
    }

    @Transactional
    public StoredCatalogue replace(UUID id, String ifMatch, Catalogue content) {
        return mutate(id, ifMatch, current -> {
            if (content.fiscalYear() != current.fiscalYear() || content.level() != current.level()) {
                throw ProblemException.conflict(IndicatorMessage.DRAFT_KEEPS_YEAR_AND_LEVEL.text(current.naturalKey()));
            }
            return content;
        });
    }

    @Transactional
    public StoredCatalogue addIndicator(UUID id, String ifMatch, Indicator indicator) {
        return mutate(id, ifMatch, current -> current.withAdded(indicator));
    }

    @Transactional
    public StoredCatalogue replaceIndicator(UUID id, String ifMatch, String code, Indicator indicator) {
        return mutate(id, ifMatch, current -> {
            requireIndicator(current, code);
            return current.withReplaced(code, indicator);
        });
    }

    @Transactional
    public StoredCatalogue moveIndicator(UUID id, String ifMatch, String code, String newParentCode) {
        return mutate(id, ifMatch, current -> {
            requireIndicator(current, code);
            return current.withMoved(code, newParentCode);
        });
    }

    @Transactional
    public StoredCatalogue removeIndicator(UUID id, String ifMatch, String code) {
        return mutate(id, ifMatch, current -> {
            requireIndicator(current, code);
            List<Indicator> children = current.children(code);
            if (!children.isEmpty()) {
                throw ProblemException.conflict(IndicatorMessage.INDICATOR_HAS_CHILDREN.text(code,
                        children.stream().map(Indicator::code).toList()));
            }
            return current.withRemoved(code);
        });
    }

    @Transactional
    public void deleteDraft(UUID id, String ifMatch) {
        CatalogueVersionEntity e = repository.lock(id).orElseThrow(() -> CatalogueProblems.notFound(id));
        requireDraft(e);
        requireMatch(stored(e), ifMatch);
        repository.delete(e);
    }

    /**
     * Publishes a draft and announces it in the same transaction. Publishing a version that is already
     * published changes nothing and announces nothing: one version, one event.
     */
    @Transactional
    public StoredCatalogue publish(UUID id) {
        CatalogueVersionEntity e = repository.lock(id).orElseThrow(() -> CatalogueProblems.notFound(id));
        if (e.status == Catalogue.Status.PUBLISHED) {
            return stored(e);
        }
        requireDraft(e);
        StoredCatalogue draft = stored(e);
        List<Finding> findings = validate(draft.content());
        if (CatalogueValidator.hasErrors(findings)) {
            throw CatalogueProblems.findings(findings);
        }
        e.status = Catalogue.Status.PUBLISHED;
        e.publishedAt = now();
        e.updatedAt = e.publishedAt;
        e.revision++;
        StoredCatalogue published = stored(e);
        publisher.published(published);
        return published;
    }

    @Transactional
    public StoredCatalogue archive(UUID id) {
        CatalogueVersionEntity e = repository.lock(id).orElseThrow(() -> CatalogueProblems.notFound(id));
        if (e.status == Catalogue.Status.DRAFT) {
            throw ProblemException.conflict(IndicatorMessage.DRAFT_NOT_ARCHIVED.text(id));
        }
        if (e.status == Catalogue.Status.PUBLISHED) {
            e.status = Catalogue.Status.ARCHIVED;
            e.archivedAt = now();
            e.updatedAt = e.archivedAt;
            e.revision++;
        }
        return stored(e);
    }

    /** A new draft (next version) with the content of a published or archived version. */
    @Transactional
    public StoredCatalogue copy(UUID id) {
        StoredCatalogue source = get(id);
        if (source.status() == Catalogue.Status.DRAFT) {
            throw ProblemException.conflict(IndicatorMessage.DRAFT_NOT_COPIED.text(id));
        }
        return createDraft(source.content(), source.id());
    }

    public CatalogueDiff diff(UUID from, UUID to) {
        return CatalogueDiff.between(get(from).content(), get(to).content());
    }

    /** The domain rules and the published JSON Schema: a version that breaks either is never stored. */
    static List<Finding> validate(Catalogue content) {
        List<Finding> findings = new ArrayList<>(CatalogueValidator.validate(content));
        // A shape error the domain rules already reported at the same place is said once.
        CatalogueSchema.check(content).stream()
                .filter(s -> findings.stream().noneMatch(f -> f.isError()
                        && (s.field().startsWith(f.field()) || f.field().startsWith(s.field()))))
                .forEach(findings::add);
        return findings;
    }

    private StoredCatalogue mutate(UUID id, String ifMatch, UnaryOperator<Catalogue> change) {
        CatalogueVersionEntity e = repository.lock(id).orElseThrow(() -> CatalogueProblems.notFound(id));
        requireDraft(e);
        StoredCatalogue current = stored(e);
        requireMatch(current, ifMatch);
        Catalogue changed = change.apply(current.content());
        List<Finding> findings = validate(changed);
        if (CatalogueValidator.hasErrors(findings)) {
            throw CatalogueProblems.findings(findings);
        }
        write(e, changed, findings);
        e.revision++;
        return stored(e);
    }

    private static void requireIndicator(Catalogue c, String code) {
        if (c.indicator(code).isEmpty()) {
            throw CatalogueProblems.indicatorNotFound(code);
        }
    }

    private static void requireDraft(CatalogueVersionEntity e) {
        if (e.status != Catalogue.Status.DRAFT) {
            throw CatalogueProblems.notDraft(e.id, e.status);
        }
    }

    private static void requireMatch(StoredCatalogue current, String ifMatch) {
        IfMatch.check(ifMatch, current.etag());
    }

    private void write(CatalogueVersionEntity e, Catalogue content, List<Finding> findings) {
        e.title = content.title();
        e.content = new String(CatalogueJson.canonicalBytes(content), StandardCharsets.UTF_8);
        e.contentHash = CatalogueJson.contentHash(content);
        e.indicatorCount = content.indicators().size();
        e.updatedAt = now();
        try {
            e.findings = CatalogueJson.MAPPER.writeValueAsString(json(findings));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static List<FindingJson> json(List<Finding> findings) {
        return findings.stream().map(FindingJson::of).toList();
    }

    StoredCatalogue stored(CatalogueVersionEntity e) {
        try {
            Catalogue content = CatalogueJson.MAPPER.readValue(e.content, Catalogue.class);
            List<Finding> findings = CatalogueJson.MAPPER.readValue(e.findings, new TypeReference<List<FindingJson>>() {
            }).stream().map(FindingJson::toFinding).toList();
            return new StoredCatalogue(e.id, e.version, e.status, content, findings, e.contentHash,
                    e.revision, e.copiedFrom, e.createdAt, e.updatedAt, e.publishedAt, e.archivedAt);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored catalogue " + e.id + " is not canonical JSON", ex);
        }
    }

    /** Microseconds: what PostgreSQL keeps, so a read-back equals what was written. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
