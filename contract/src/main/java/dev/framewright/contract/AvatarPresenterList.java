package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /v1/resources/avatar-presenters}, in catalogue order (API.md §4.1, §1.9). {@code
 * hasMore} and {@code nextCursor} are [ext].
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvatarPresenterList(List<AvatarPresenter> avatarPresenters, boolean hasMore, String nextCursor) {}
