package io.edukpi.registry.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A student or a teacher")
public record Person(
        @Schema(description = "STUDENT or TEACHER", enumeration = {
                "STUDENT", "TEACHER" }, example = "STUDENT") String kind,
        @Schema(description = "Citizen ID or G-code, masked (*********5679) without registry-pii", example = "*********5679") String citizenId,
        @Schema(description = "Whether IDs and the address are masked", example = "true") boolean masked,
        @Schema(description = "Name prefix", example = Examples.PREFIX) String prefix,
        @Schema(description = "First name", example = Examples.FIRST_NAME) String firstName,
        @Schema(description = "Last name", example = Examples.LAST_NAME) String lastName,
        @Schema(description = "Date of birth (C.E.)", example = "2014-05-14", implementation = String.class, format = "date") LocalDate birthDate,
        @Schema(description = "The key items by field name (the 16 student items or the teacher items)") Map<String, Object> items,
        @Schema(description = "A student's active enrolments the caller may see") List<Enrolment> enrolments,
        @Schema(description = "A teacher's school", example = "1050130001") String schoolCode){
}
