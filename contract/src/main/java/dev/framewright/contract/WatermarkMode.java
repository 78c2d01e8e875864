package dev.framewright.contract;

/** Watermark policy of a tool execution (API.md §10.7). */
public enum WatermarkMode {
    NONE,
    VIDEO_GEN,
    AUTO
}
