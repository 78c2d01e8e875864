package dev.framewright.core.analysis;

/** A file claimed for analysis by one worker; its writes are fenced by owner and attempt. */
public record AnalysisClaim(String fileId, String owner, int attempt) {}
