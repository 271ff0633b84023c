package io.edukpi.recalc;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.ArrayList;
import java.util.List;

/** The command line, parsed and checked before anything is sent. */
record Options(URI serviceUrl, URI tokenUrl, String clientId, String clientSecret, int fiscalYear,
        String level, int round, Integer catalogueVersion, List<String> officeCodes,
        boolean dryRun, boolean failOnChange, Duration pollInterval, Duration timeout,
        String changesCsv) {

    static final String USAGE = """
            usage: recalc-cli --token-url URL --client-secret SECRET --fiscal-year YEAR --round N [options]
              --url URL                  scoring API base (default http://127.0.0.1:8080, the gateway)
              --token-url URL            Keycloak token endpoint,
                                         e.g. http://127.0.0.1:18180/realms/edukpi/protocol/openid-connect/token
              --client-id ID             client of the batch role (default batch-client)
              --client-secret SECRET     or the environment variable EDUKPI_CLIENT_SECRET
              --fiscal-year YEAR         C.E. (2011; a B.E. year such as 2554 is refused)
              --level LEVEL              OBEC_AGREEMENT (default) or AREA_OFFICE_MEASURES
              --round N                  6, 9, 12 ...
              --catalogue-version V      score with this catalogue version (default: the newest)
              --offices A,B,...          only these office codes (default: every office)
              --dry-run                  compute and report, change nothing
              --fail-on-change           exit 3 when a published score would change (or changed)
              --poll-interval-ms MS      default 500
              --timeout-s S              default 600
              --changes-csv FILE         save the CSV of every change to FILE
            exit codes: 0 done, 1 job or HTTP failure, 2 bad command line, 3 published score changed""";

    static Options parse(String[] args) {
        URI url = URI.create("http://127.0.0.1:8080");
        URI tokenUrl = null;
        String clientId = "batch-client";
        String secret = System.getenv("EDUKPI_CLIENT_SECRET");
        Integer year = null;
        String level = "OBEC_AGREEMENT";
        Integer round = null;
        Integer catalogueVersion = null;
        List<String> offices = List.of();
        boolean dryRun = false;
        boolean failOnChange = false;
        Duration poll = Duration.ofMillis(500);
        Duration timeout = Duration.ofSeconds(600);
        String csv = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--dry-run" -> dryRun = true;
                case "--fail-on-change" -> failOnChange = true;
                case "--help", "-h" -> throw new UsageException(null);
                default -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("missing value after " + arg);
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--url" -> url = uri(arg, value);
                        case "--token-url" -> tokenUrl = uri(arg, value);
                        case "--client-id" -> clientId = value;
                        case "--client-secret" -> secret = value;
                        case "--fiscal-year" -> year = integer(arg, value);
                        case "--level" -> level = value;
                        case "--round" -> round = integer(arg, value);
                        case "--catalogue-version" -> catalogueVersion = integer(arg, value);
                        case "--offices" -> offices = offices(value);
                        case "--poll-interval-ms" -> poll = Duration.ofMillis(integer(arg, value));
                        case "--timeout-s" -> timeout = Duration.ofSeconds(integer(arg, value));
                        case "--changes-csv" -> csv = value;
                        default -> throw new UsageException("unknown option " + arg);
                    }
                }
            }
        }
        if (tokenUrl == null) {
            throw new UsageException("--token-url is required");
        }
        if (secret == null || secret.isBlank()) {
            throw new UsageException("--client-secret (or EDUKPI_CLIENT_SECRET) is required");
        }
        if (year == null || round == null) {
            throw new UsageException("--fiscal-year and --round are required");
        }
        // The API's one year rule (commons Years): C.E. only, a B.E. year refused naming the C.E. one, in the
        // API's words. (The CLI runs on a bare JDK, without commons: the JDK's Thai Buddhist calendar converts.)
        if (year >= 2400) {
            throw new UsageException("--fiscal-year: " + year + " is a Buddhist-era (B.E.) year; this API takes C.E. "
                    + "years: send " + LocalDate.from(ThaiBuddhistDate.of(year, 6, 1)).getYear() + ".");
        }
        return new Options(url, tokenUrl, clientId, secret, year, level, round,
                catalogueVersion, offices, dryRun, failOnChange, poll, timeout, csv);
    }

    private static URI uri(String option, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " needs an absolute http(s) URL, got '" + value + "'");
        }
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got '" + value + "'");
        }
    }

    private static List<String> offices(String value) {
        List<String> codes = new ArrayList<>();
        for (String code : value.split(",")) {
            if (!code.isBlank()) {
                codes.add(code.trim());
            }
        }
        return List.copyOf(codes);
    }

    /** A command line the CLI cannot run; the message says why (null: just show the usage). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
