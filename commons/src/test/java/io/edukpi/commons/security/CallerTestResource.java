package io.edukpi.commons.security;

import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What a service sees of its caller, for the security tests. */
@Path("/test/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerTestResource {

    private final Caller caller;

    public CallerTestResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    public Map<String, Object> whoAmI() {
        return Map.of(
                "name", caller.name(),
                "clientId", caller.clientId().orElse(""),
                "officeCode", caller.officeCode().orElse(""),
                "schoolCode", caller.schoolCode().orElse(""),
                "misSchoolCodes", new TreeSet<>(caller.misSchoolCodes()),
                "areaOfficer", caller.hasRole(Roles.AREA_OFFICER));
    }

    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "must never be answered";
    }
}
