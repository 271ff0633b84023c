package io.edukpi.indicator.rest;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.service.CatalogueProblems;
import io.edukpi.indicator.service.CatalogueService;
import io.edukpi.indicator.service.StoredCatalogue;

/** Which versions the caller may see: drafts only obec-admin and reviewer (others get 404, so nothing leaks). */
@RequestScoped
public class CatalogueAccess {

    private final CatalogueService service;
    private final Caller caller;

    public CatalogueAccess(CatalogueService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    boolean seesDrafts() {
        return caller.hasRole(Roles.OBEC_ADMIN) || caller.hasRole(Roles.REVIEWER);
    }

    StoredCatalogue visible(UUID id) {
        StoredCatalogue c = service.get(id);
        if (c.status() == Catalogue.Status.DRAFT && !seesDrafts()) {
            throw CatalogueProblems.notFound(id);
        }
        return c;
    }
}
