package dev.framewright.contract;

/** Scope of a file; only GLOBAL and TEMPORARY are produced (API.md §8, §10.5). */
public enum FileScope {
    GLOBAL,
    PROJECT,
    EXPORT,
    TEMPORARY
}
