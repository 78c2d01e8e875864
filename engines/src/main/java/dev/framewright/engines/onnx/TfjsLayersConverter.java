package dev.framewright.engines.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts a TensorFlow.js layers model ({@code model.json} + weight shards, float32) of a
 * convolutional image network to ONNX, layer by layer: Conv2D → Conv (kernel HWIO → OIHW, "same"
 * → SAME_UPPER), Activation → Relu/Sigmoid/Tanh, LeakyReLU, Concatenate (channels-last axis →
 * 1), Add → Sum, MultiplyBeta → Mul by its beta, PixelShuffle → DepthToSpace (DCR, the order of
 * TF's depth_to_space), UpSampling2D → Resize (nearest). The ONNX graph is NCHW: input {@code
 * input} {@code [1, C, h, w]}, output {@code output}. Stateless.
 */
public final class TfjsLayersConverter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TfjsLayersConverter() {}

    /** @throws IOException unreadable files, or a layer or dtype this converter does not know */
    public static byte[] convert(Path modelJson) throws IOException {
        JsonNode model = JSON.readTree(modelJson.toFile());
        Map<String, float[]> weights = weights(model.get("weightsManifest"), modelJson.getParent());
        JsonNode config = model.path("modelTopology").path("model_config").path("config");
        if (config.isMissingNode()) {
            config = model.path("modelTopology").path("config");
        }
        OnnxGraph g = new OnnxGraph(config.path("name").asText("tfjs"));
        Map<String, String> tensorOf = new HashMap<>();
        int inputChannels = 3;
        int outputChannels = 3;
        for (JsonNode layer : config.get("layers")) {
            String cls = layer.get("class_name").asText();
            String name = layer.get("name").asText();
            JsonNode c = layer.get("config");
            String[] in = inputs(layer, tensorOf);
            if (cls.equals("InputLayer")) {
                inputChannels = c.get("batch_input_shape").get(3).asInt();
                tensorOf.put(name, "input");
                continue;
            }
            tensorOf.put(name, name);
            switch (cls) {
                case "Conv2D" -> outputChannels = conv(g, name, c, in[0], weights);
                case "Activation" -> activation(g, c.get("activation").asText(), in[0], name);
                case "LeakyReLU" ->
                    g.node("LeakyRelu", in, name, "alpha", (float)
                            c.path("alpha").asDouble(0.3));
                case "Concatenate" -> {
                    int axis = c.path("axis").asInt(-1);
                    if (axis != -1 && axis != 3) {
                        throw new IOException("Concatenate on axis " + axis + " is not supported");
                    }
                    g.node("Concat", in, name, "axis", 1);
                }
                case "Add" -> g.node("Sum", in, name);
                case "MultiplyBeta" -> {
                    g.initializer(name + "/beta", new long[0], new float[] {
                        (float) c.path("beta").asDouble(0.2)
                    });
                    g.node("Mul", new String[] {in[0], name + "/beta"}, name);
                }
                case "UpSampling2D" -> {
                    JsonNode size = c.get("size");
                    g.initializer(name + "/scales", new long[] {4}, new float[] {
                        1,
                        1,
                        (float) size.get(0).asDouble(),
                        (float) size.get(1).asDouble()
                    });
                    g.node("Resize", new String[] {in[0], "", name + "/scales"}, name, "mode", "nearest");
                }
                default -> {
                    if (!cls.startsWith("PixelShuffle")) {
                        throw new IOException("layer type " + cls + " (" + name + ") is not supported");
                    }
                    int scale = c.has("scale") ? c.get("scale").asInt() : Integer.parseInt(cls.replaceAll("\\D", ""));
                    g.node("DepthToSpace", in, name, "blocksize", scale, "mode", "DCR");
                    outputChannels /= scale * scale;
                }
            }
        }
        String last = tensorOf.get(config.get("output_layers").get(0).get(0).asText());
        g.node("Identity", new String[] {last}, "output");
        g.input("input", inputChannels).output("output", outputChannels);
        return g.encode("framewright tfjs-layers converter");
    }

    private static String[] inputs(JsonNode layer, Map<String, String> tensorOf) throws IOException {
        JsonNode nodes = layer.path("inbound_nodes");
        if (nodes.isEmpty()) {
            return new String[0];
        }
        JsonNode first = nodes.get(0);
        String[] out = new String[first.size()];
        for (int i = 0; i < out.length; i++) {
            String from = first.get(i).get(0).asText();
            out[i] = tensorOf.get(from);
            if (out[i] == null) {
                throw new IOException("layer " + layer.get("name").asText() + " reads unknown layer " + from);
            }
        }
        return out;
    }

    /** @return the layer's output channels */
    private static int conv(OnnxGraph g, String name, JsonNode c, String in, Map<String, float[]> weights)
            throws IOException {
        float[] kernel = weights.get(name + "/kernel");
        if (kernel == null) {
            throw new IOException("no weights for " + name);
        }
        int kh = c.get("kernel_size").get(0).asInt();
        int kw = c.get("kernel_size").get(1).asInt();
        int out = c.get("filters").asInt();
        int inChannels = kernel.length / (kh * kw * out);
        float[] oihw = new float[kernel.length];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int i = 0; i < inChannels; i++) {
                    for (int o = 0; o < out; o++) {
                        oihw[((o * inChannels + i) * kh + y) * kw + x] =
                                kernel[((y * kw + x) * inChannels + i) * out + o];
                    }
                }
            }
        }
        g.initializer(name + "/W", new long[] {out, inChannels, kh, kw}, oihw);
        String[] inputs = {in, name + "/W"};
        if (c.path("use_bias").asBoolean(true)) {
            g.initializer(name + "/B", new long[] {out}, weights.get(name + "/bias"));
            inputs = new String[] {in, name + "/W", name + "/B"};
        }
        String activation = c.path("activation").asText("linear");
        String convOut = activation.equals("linear") ? name : name + "/conv";
        g.node(
                "Conv",
                inputs,
                convOut,
                "kernel_shape",
                new long[] {kh, kw},
                "strides",
                new long[] {
                    c.get("strides").get(0).asInt(), c.get("strides").get(1).asInt()
                },
                "dilations",
                new long[] {
                    c.get("dilation_rate").get(0).asInt(),
                    c.get("dilation_rate").get(1).asInt()
                },
                "auto_pad",
                c.get("padding").asText().equals("same") ? "SAME_UPPER" : "VALID");
        if (!activation.equals("linear")) {
            activation(g, activation, convOut, name);
        }
        return out;
    }

    private static void activation(OnnxGraph g, String activation, String in, String out) throws IOException {
        String op =
                switch (activation) {
                    case "relu" -> "Relu";
                    case "sigmoid" -> "Sigmoid";
                    case "tanh" -> "Tanh";
                    case "linear" -> "Identity";
                    default -> throw new IOException("activation " + activation + " is not supported");
                };
        g.node(op, new String[] {in}, out);
    }

    /** Every weight by name, read from the shards in manifest order (float32, little-endian). */
    private static Map<String, float[]> weights(JsonNode manifest, Path dir) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        for (JsonNode group : manifest) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (JsonNode path : group.get("paths")) {
                bytes.writeBytes(Files.readAllBytes(dir.resolve(path.asText())));
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            for (JsonNode w : group.get("weights")) {
                if (!w.path("dtype").asText("float32").equals("float32") || w.has("quantization")) {
                    throw new IOException("weight " + w.get("name").asText() + " is not plain float32");
                }
                int n = 1;
                for (JsonNode d : w.get("shape")) {
                    n *= d.asInt();
                }
                float[] values = new float[n];
                buffer.asFloatBuffer().get(values);
                buffer.position(buffer.position() + 4 * n);
                out.put(w.get("name").asText(), values);
            }
        }
        return out;
    }
}
