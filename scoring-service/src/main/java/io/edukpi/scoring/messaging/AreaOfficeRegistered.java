package io.edukpi.scoring.messaging;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** docs/events/registry.area-office.schema.json (topic registry.area-offices) */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AreaOfficeRegistered(String officeCode, String nameTh, String kind, OffsetDateTime changedAt) {
}
