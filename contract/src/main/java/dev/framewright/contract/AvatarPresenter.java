package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A presenter of the operator's catalogue (API.md §7.4). All fields are always set; the URLs are
 * absolute, need no auth and do not expire. Note the wire name {@code displayableGender} (a voice's
 * is {@code displayGender}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvatarPresenter(
        String avatarPresenterId,
        Gender displayableGender,
        String imageUrl,
        String thumbnailUrl,
        String previewVideoUrl) {}
