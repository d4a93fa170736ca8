package com.acme.billing;

import com.squareup.square.SquareClient;
import com.squareup.square.Environment;
import com.stripe.Stripe;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;
import java.util.Base64;

public final class PaymentClient {
    private static final String SQUARE_ACCESS_TOKEN = "⟪square-access-token|EAAA{{base64url:60}}⟫";
    private static final String SQUARE_APP_SECRET = "⟪square-oauth-secret|sq0csp-{{base64url:43}}⟫";
    private static final String SHOPIFY_TOKEN = "⟪shopify-access-token|shpat_{{hex:32}}⟫";
    private static final String SHOPIFY_SHARED_SECRET = "⟪shopify-shared-secret|shpss_{{hex:32}}⟫";
    private static final String FLUTTERWAVE_SECRET = "⟪flutterwave-secret-key|FLWSECK-{{hex:32}}-X⟫";
    private static final String SHIPPO_TOKEN = "⟪shippo-live-token|shippo_live_{{hex:40}}⟫";
    private static final String PASSWORD_FIELD = "password"; ⟦⟧
    private String apiKey = System.getenv("PAYMENTS_API_KEY"); ⟦⟧

    static {
        Stripe.apiKey = "⟪stripe-live-secret-key|sk_live_51{{alnum:97}}⟫";
    }

    private final SquareClient square = new SquareClient.Builder()
        .environment(Environment.PRODUCTION)
        .accessToken(SQUARE_ACCESS_TOKEN) ⟦⟧
        .build();

    public HttpRequest plaidRequest() {
        String body = "{\"client_id\":\"⟦{{hex:24}}⟧\",\"secret\":\"⟪plaid-secret|{{hex:30}}⟫\"}";
        return HttpRequest.newBuilder(URI.create("https://production.plaid.com/accounts/get"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }

    public HttpRequest legacyPartner() {
        String auth = Base64.getEncoder().encodeToString(("billing:" + "⟪generic-password|{{alnum:10}}!{{digits:2}}⟫").getBytes());
        return HttpRequest.newBuilder(URI.create("https://partner.example.net/api"))
            .header("Authorization", "Basic " + auth) ⟦⟧
            .build();
    }
}
