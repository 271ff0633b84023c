package io.edukpi.indicator.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.persistence.CatalogueRepository;
import io.quarkus.runtime.StartupEvent;

/**
 * On start, imports and publishes every seed catalogue whose (fiscal year, level) has no version yet,
 * through the same use cases as the API: warnings are kept, nothing is "fixed".
 */
@ApplicationScoped
public class SeedCatalogues {

    private static final Logger LOG = Logger.getLogger(SeedCatalogues.class);

    private final IndicatorConfig config;
    private final CatalogueRepository repository;
    private final CatalogueService service;

    public SeedCatalogues(IndicatorConfig config, CatalogueRepository repository, CatalogueService service) {
        this.config = config;
        this.repository = repository;
        this.service = service;
    }

    void onStart(@Observes StartupEvent event) {
        for (String resource : config.seeds()) {
            byte[] json = read(resource);
            if (json == null) {
                LOG.warnf("Seed catalogue %s is not on the classpath; skipped", resource);
                continue;
            }
            try {
                load(resource, CatalogueJson.read(json));
            } catch (ProblemException e) {
                LOG.errorf("Seed catalogue %s is not valid and was not loaded: %s %s", resource, e.getMessage(), e.findings());
            } catch (RuntimeException e) {
                // E.g. another instance loaded it at the same moment (unique version); the next start sees it.
                LOG.errorf(e, "Seed catalogue %s was not loaded", resource);
            }
        }
    }

    @Transactional
    void load(String resource, Catalogue catalogue) {
        if (repository.exists(catalogue.fiscalYear(), catalogue.level())) {
            return;
        }
        StoredCatalogue draft = service.createDraft(catalogue, null);
        StoredCatalogue published = service.publish(draft.id());
        LOG.infof("Seed catalogue %s published as %s (%s version %d) with %d warning(s)", resource, published.id(),
                catalogue.naturalKey(), published.version(), published.findings().size());
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
