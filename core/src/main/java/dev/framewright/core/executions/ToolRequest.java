package dev.framewright.core.executions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WatermarkMode;
import java.util.List;

/**
 * A tool starter's body after validation.
 *
 * @param accepted the body as accepted: wire names, defaults filled in, unknown fields dropped
 * @param watermarkMode null for tools without watermarks (text-to-speech, sound effect)
 * @param voiceId the requested voice (text-to-speech), checked against the catalogue
 * @param presenterId the requested presenter (avatar), checked against the catalogue
 */
public record ToolRequest(
        ToolType toolType,
        ObjectNode accepted,
        int numResults,
        boolean outputTemporary,
        WatermarkMode watermarkMode,
        List<FileRef> files,
        String voiceId,
        String speechLanguageCode,
        String presenterId) {}
