package dev.framewright.core.webhooks;

/** An endpoint with its signing secret in clear: only create and rotate-secret ever return one. */
public record CreatedEndpoint(WebhookEndpointRecord endpoint, String secret) {}
