package dev.framewright.core.executions;

import dev.framewright.contract.FileType;

/**
 * A file id given in a request body that must be checked at start (API.md §2.1).
 *
 * @param field the wire path for messages, e.g. {@code imageFileIds[1]}
 */
public record FileRef(String field, String fileId, FileType requiredType) {}
