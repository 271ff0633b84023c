package io.edukpi.e2e.browser;

import org.openqa.selenium.WebElement;

/** Keycloak's login page of the realm, as a person fills it in. */
public final class KeycloakLogin {

    /** The demo users' password (deploy/keycloak/README.md). */
    public static final String DEMO_PASSWORD = "edukpi-demo";

    private final Browser browser;

    public KeycloakLogin(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the login form (the browser was sent to Keycloak) and types {@code user}'s name and password. */
    public KeycloakLogin fillIn(String user, String password) {
        WebElement name = browser.visible("#username");
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.visible("#password");
        secret.clear();
        secret.sendKeys(password);
        return this;
    }

    /** Presses the sign-in button; the browser then goes back to the application. */
    public void submit() {
        browser.visible("#kc-login").click();
    }

    /** Signs {@code user} in with the demo password, from the moment the browser shows Keycloak's page. */
    public void signIn(String user) {
        fillIn(user, DEMO_PASSWORD).submit();
    }
}
