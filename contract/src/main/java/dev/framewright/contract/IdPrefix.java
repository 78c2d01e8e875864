package dev.framewright.contract;

import java.util.regex.Pattern;

/** Identifier prefixes (API.md §1.4). An id is a prefix followed by 22 base62 characters, unless noted. */
public enum IdPrefix {
    EXECUTION("vg_exec_"),
    FILE("vg_file_"),
    WEBHOOK_ENDPOINT("vg_wh_"),
    VOICE("vg_voic_"),
    PRESENTER("vg_pres_"),
    TEAM("vg_team_"),
    API_KEY("vg_key_"),
    DELIVERY("vg_dlv_"),
    PLAYBACK("vg_play_"),
    MESSAGE("msg_");

    private static final Pattern BASE62_22 = Pattern.compile("[A-Za-z0-9]{22}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9_]{1,64}");
    private static final Pattern PLAYBACK_TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final String prefix;

    IdPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** True when {@code id} is well formed for this kind (prefix and body syntax). */
    public boolean matches(String id) {
        if (id == null || !id.startsWith(prefix)) {
            return false;
        }
        String body = id.substring(prefix.length());
        return switch (this) {
            case VOICE, PRESENTER ->
                BASE62_22.matcher(body).matches() || SLUG.matcher(body).matches();
            case PLAYBACK -> PLAYBACK_TOKEN.matcher(body).matches();
            default -> BASE62_22.matcher(body).matches();
        };
    }
}
