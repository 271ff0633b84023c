package io.edukpi.scoring.service;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.persistence.CatalogueVersionEntity;

/**
 * Scoring's own copy of every published catalogue version. Parsed versions are kept in memory:
 * a published version never changes, so the cache never goes stale.
 */
@ApplicationScoped
public class CatalogueService {

    private final ObjectMapper mapper;
    private final Map<UUID, Catalogue> parsed = new ConcurrentHashMap<>();

    public CatalogueService(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Keeps a catalogue.published payload; false when that version is already kept (a
     * redelivery, or the same version re-sent with another event id).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(JsonNode event) {
        UUID id = UUID.fromString(event.path("catalogueId").asText());
        if (CatalogueVersionEntity.findById(id) != null) {
            return false;
        }
        JsonNode content = event.path("catalogue");
        int version = event.path("version").asInt();
        // Parse before storing: a catalogue the engine cannot score is refused now, not at scoring time.
        Catalogue catalogue = CatalogueJson.catalogue(id.toString(), version, content);
        CatalogueVersionEntity entity = new CatalogueVersionEntity();
        entity.catalogueId = id;
        entity.fiscalYear = event.path("fiscalYear").asInt();
        entity.level = event.path("level").asText();
        entity.version = version;
        entity.contentHash = event.path("contentHash").asText();
        entity.publishedAt = OffsetDateTime.parse(event.path("publishedAt").asText());
        entity.receivedAt = OffsetDateTime.now();
        entity.catalogue = content.toString();
        entity.persist();
        parsed.put(id, catalogue);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Catalogue> newest(int fiscalYear, String level) {
        return CatalogueVersionEntity.newest(fiscalYear, level).map(this::parse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Catalogue> byVersion(int fiscalYear, String level, int version) {
        return CatalogueVersionEntity.byVersion(fiscalYear, level, version).map(this::parse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Catalogue> byId(UUID id) {
        Catalogue cached = parsed.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return Optional.ofNullable(CatalogueVersionEntity.<CatalogueVersionEntity> findById(id)).map(this::parse);
    }

    private Catalogue parse(CatalogueVersionEntity entity) {
        return parsed.computeIfAbsent(entity.catalogueId, id -> {
            try {
                return CatalogueJson.catalogue(id.toString(), entity.version, mapper.readTree(entity.catalogue));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored catalogue " + id + " is not JSON", e);
            }
        });
    }
}
