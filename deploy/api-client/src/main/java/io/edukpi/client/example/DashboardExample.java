package io.edukpi.client.example;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.client.ApiClient;
import io.edukpi.client.ApiException;
import io.edukpi.client.api.ScoringServiceApi;
import io.edukpi.client.model.Band;
import io.edukpi.client.model.OfficeKind;
import io.edukpi.client.model.Ranking;
import io.edukpi.client.model.RankingPage;
import io.edukpi.client.model.Scorecard;
import io.edukpi.client.model.ScoringLevel;
import io.edukpi.client.model.ScoringNode;

/**
 * What a dashboard does with the generated client, and nothing else: the ranking of a round and the first
 * office's scorecard, read into the generated models.
 *
 * <p>
 * Arguments: {@code <gateway URL> <fiscal year C.E.> <round> [PRIMARY|SECONDARY]}. The bearer token comes
 * from {@code EDUKPI_TOKEN}, or is fetched by client credentials from {@code EDUKPI_TOKEN_URL} with
 * {@code EDUKPI_CLIENT_ID} and {@code EDUKPI_CLIENT_SECRET} (the realm's dashboard-client).
 */
public final class DashboardExample {

    private final ScoringServiceApi scoring;
    private final PrintStream out;

    public DashboardExample(String gatewayUrl, String token, PrintStream out) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        this.scoring = new ScoringServiceApi(client);
        this.out = out;
    }

    public static void main(String[] args) throws ApiException {
        if (args.length < 3) {
            System.err.println("usage: DashboardExample <gateway URL> <fiscal year C.E.> <round> [PRIMARY|SECONDARY]");
            System.exit(2);
        }
        OfficeKind kind = args.length > 3 ? OfficeKind.fromValue(args[3]) : OfficeKind.PRIMARY;
        new DashboardExample(args[0], token(), System.out).show(Integer.parseInt(args[1]), Integer.parseInt(args[2]), kind);
    }

    /** The ranking of the round for {@code kind}, then the scorecard of the office ranked first. */
    public void show(int fiscalYear, int round, OfficeKind kind) throws ApiException {
        RankingPage page = scoring.rankings(fiscalYear, round, null, ScoringLevel.OBEC_AGREEMENT, kind, 0, 500);
        out.printf("Ranking %d round %d %s: %d offices%n", fiscalYear, round, kind, page.getTotalItems());
        for (Ranking entry : page.getItems()) {
            out.printf("%4d  %s  %s  %s  total %s  %s%%  %s%n", entry.getRank(), entry.getOfficeCode(),
                    entry.getOfficeNameTh(), entry.getOfficeKind(), entry.getTotal(), entry.getPercent(),
                    label(entry.getBand()));
        }
        List<Ranking> items = page.getItems();
        if (!items.isEmpty()) {
            showScorecard(fiscalYear, round, items.get(0).getOfficeCode());
        }
    }

    private void showScorecard(int fiscalYear, int round, String officeCode) throws ApiException {
        Scorecard card = scoring.scorecard(fiscalYear, officeCode, round, null, ScoringLevel.OBEC_AGREEMENT);
        out.printf("Scorecard %s %s version %d%s: total %s  %s%%  %s%n", card.getOfficeCode(), card.getOfficeNameTh(),
                card.getVersion(), Boolean.TRUE.equals(card.getOfficial()) ? " (official)" : "", card.getTotal(),
                card.getPercent(), label(card.getBand()));
        card.getIndicators().forEach(node -> print(node, 1));
    }

    private void print(ScoringNode node, int depth) {
        out.printf("%s%s %s  score %s  %s%%  %s%s%n", "  ".repeat(depth), node.getCode(), node.getName(),
                node.getScore(), node.getPercent(), node.getStatus(),
                node.getReason() == null ? "" : " (" + node.getReason() + ")");
        if (node.getChildren() != null) {
            node.getChildren().forEach(child -> print(child, depth + 1));
        }
    }

    private static String label(Band band) {
        return band == null ? "-" : band.getCode() + " " + band.getLabelTh() + " / " + band.getLabelEn();
    }

    /** Keycloak's answer to a client-credentials grant: only the token is needed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record TokenAnswer(@JsonProperty("access_token") String accessToken) {
    }

    private static String token() {
        String token = System.getenv("EDUKPI_TOKEN");
        if (token != null && !token.isBlank()) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encoded(System.getenv("EDUKPI_CLIENT_ID"))
                + "&client_secret=" + encoded(System.getenv("EDUKPI_CLIENT_SECRET"));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(System.getenv("EDUKPI_TOKEN_URL")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("token: " + answer.statusCode() + " " + answer.body());
            }
            return new ObjectMapper().readValue(answer.body(), TokenAnswer.class).accessToken();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
