package dev.framewright.contract;

/** Displayed gender of a voice or presenter (API.md §8). */
public enum Gender {
    MALE,
    FEMALE,
    NEUTRAL
}
