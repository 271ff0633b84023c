package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@Schema(name = "SchoolItems")
public record SchoolItemValues(
        Boolean internet, Boolean networkCentre, Boolean electricity, Boolean telephone, Boolean pipedWater,
        @Schema(description = Examples.DREAM_SCHOOL) Integer dreamSchoolCohort) {
}
