package io.edukpi.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver named explicitly (never a
 * driver Selenium Manager would download). {@code -Dedukpi.chromium=} and {@code -Dedukpi.chromedriver=}
 * point elsewhere. What a reviewer reads afterwards (screenshots, figures, failures) goes to target/browser/.
 */
public final class Browser implements AutoCloseable {

    /** Where screenshots, axe reports, load times and failure evidence are written (Surefire runs in deploy/e2e). */
    public static final Path OUTPUT = Path.of("target", "browser");

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser start() {
        Path chromium = executable("edukpi.chromium", "/usr/bin/chromium");
        Path chromedriver = executable("edukpi.chromedriver", "/usr/bin/chromedriver");
        try {
            Files.createDirectories(OUTPUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(OUTPUT.resolve("chromedriver.log").toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=th");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "th"));
        // The page's console, read back when a test fails.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return new Browser(new ChromeDriver(service, options));
    }

    private static Path executable(String property, String debianPath) {
        Path path = Path.of(System.getProperty(property, debianPath));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver, as .ci/run does) or set -D" + property + "=...");
        }
        return path;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits until {@code condition} gives something other than null or false, failing with {@code what}. */
    public <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .withMessage(() -> what + " (page " + driver.getCurrentUrl() + ")").until(condition);
    }

    public <T> T await(String what, Function<WebDriver, T> condition) {
        return await(what, WAIT, condition);
    }

    /** The displayed element of {@code css}, once it is. */
    public WebElement visible(String css) {
        return await("element " + css + " displayed", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** The elements of {@code css} now, displayed or not. */
    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The {@code attribute} of every element of {@code css} (only those displayed when {@code displayed}), read
     * in one script: a view that redraws meanwhile cannot leave a stale element behind.
     */
    public List<String> attributes(String css, String attribute, boolean displayed) {
        return script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(e => !arguments[2] || e.getClientRects().length > 0).map(e => e.getAttribute(arguments[1]));",
                css, attribute, displayed);
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String javascript, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Scrolls the element into the middle of the window, e.g. before a screenshot or a click. */
    public WebElement scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** The window as it is, as target/browser/{@code name}.png; its path is printed for the reviewer. */
    public Path screenshot(String name) {
        Path file = OUTPUT.resolve(name + ".png").toAbsolutePath();
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("screenshot " + name + ": " + file);
        return file;
    }

    /** Screenshot, page source and console log of the moment a test failed, as target/browser/failure-{@code name}.*. */
    public void recordFailure(String name) {
        String base = "failure-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            screenshot(base);
            write(base + ".html", driver.getCurrentUrl() + "\n" + driver.getPageSource());
            write(base + "-console.txt", consoleLog());
        } catch (RuntimeException e) {
            // Evidence is best effort: the test's own failure is what JUnit reports.
            System.out.println("could not record the failure of " + name + ": " + e);
        }
    }

    /** The console's messages since the last call (the driver hands each message out once). */
    public String consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .collect(Collectors.joining("\n"));
    }

    /** Writes {@code text} to target/browser/{@code fileName}. */
    public static Path write(String fileName, String text) {
        Path file = OUTPUT.resolve(fileName).toAbsolutePath();
        try {
            Files.createDirectories(OUTPUT);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
