package io.edukpi.indicator.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.edukpi.indicator.domain.Catalogue;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<CatalogueVersionEntity, UUID> {

    /** Locks the row so two publishes (or an edit and a publish) of one version run one after the other. */
    public Optional<CatalogueVersionEntity> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public int nextVersion(int fiscalYear, Catalogue.Level level) {
        Integer max = getEntityManager().createQuery(
                "select max(c.version) from CatalogueVersionEntity c where c.fiscalYear = ?1 and c.level = ?2", Integer.class)
                .setParameter(1, fiscalYear).setParameter(2, level).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public boolean exists(int fiscalYear, Catalogue.Level level) {
        return count("fiscalYear = ?1 and level = ?2", fiscalYear, level) > 0;
    }

    public Optional<CatalogueVersionEntity> draftOf(int fiscalYear, Catalogue.Level level) {
        return find("fiscalYear = ?1 and level = ?2 and status = ?3", fiscalYear, level, Catalogue.Status.DRAFT)
                .firstResultOptional();
    }

    public record Search(Integer fiscalYear, Catalogue.Level level, List<Catalogue.Status> statuses, int page, int size) {
    }

    public record Result(List<CatalogueVersionEntity> items, long total) {
    }

    public Result search(Search s) {
        StringBuilder query = new StringBuilder("status in :statuses");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", s.statuses());
        if (s.fiscalYear() != null) {
            query.append(" and fiscalYear = :year");
            params.put("year", s.fiscalYear());
        }
        if (s.level() != null) {
            query.append(" and level = :level");
            params.put("level", s.level());
        }
        var q = find(query.toString(), Sort.descending("fiscalYear").and("level").and("version", Sort.Direction.Descending),
                params);
        return new Result(q.page(Page.of(s.page(), s.size())).list(), q.count());
    }
}
