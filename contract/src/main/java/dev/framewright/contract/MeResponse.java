package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * [ext] {@code GET /v1/me}: the calling key's id ({@code vg_key_…}), its team ({@code vg_team_…})
 * and its nickname, which may be {@code null} (API.md §6), and the team's name (the web console
 * shows it beside the key's).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeResponse(String apiKeyId, String teamId, String apiKeyNickname, String teamName) {}
