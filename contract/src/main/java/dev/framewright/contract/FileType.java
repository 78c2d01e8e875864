package dev.framewright.contract;

/** Media type of a file (API.md §8). */
public enum FileType {
    IMAGE,
    VIDEO,
    AUDIO
}
