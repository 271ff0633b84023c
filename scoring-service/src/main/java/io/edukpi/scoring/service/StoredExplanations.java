package io.edukpi.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.scoring.persistence.ScoreVersionEntity;

/** The explanation documents of stored score versions, as the API shows them (see {@link ExplanationService}). */
@ApplicationScoped
public class StoredExplanations {

    private final ObjectMapper mapper;
    private final CatalogueService catalogues;

    public StoredExplanations(ObjectMapper mapper, CatalogueService catalogues) {
        this.mapper = mapper;
        this.catalogues = catalogues;
    }

    /** The full document: names and criteria put back from the version's catalogue. */
    public JsonNode expanded(ScoreVersionEntity version) {
        return expand(read(version.evaluation), version);
    }

    /** The full document as JSON text; a document stored in full is passed on as stored, digit for digit. */
    public String expandedText(ScoreVersionEntity version) {
        JsonNode stored = read(version.evaluation);
        JsonNode full = expand(stored, version);
        if (full == stored) {
            return version.evaluation;
        }
        try {
            return mapper.writeValueAsString(full);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an explanation cannot be written", e);
        }
    }

    JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
        }
    }

    private JsonNode expand(JsonNode stored, ScoreVersionEntity version) {
        return ExplanationService.expand(mapper, stored, catalogues.byId(version.catalogueId).orElseThrow(
                () -> new IllegalStateException("catalogue " + version.catalogueId + " of a score version is not kept")));
    }
}
