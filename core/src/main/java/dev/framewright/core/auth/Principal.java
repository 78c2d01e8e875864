package dev.framewright.core.auth;

/** The authenticated caller of one request: its key and the key's team. */
public record Principal(String teamId, String keyId, String keyName) {}
