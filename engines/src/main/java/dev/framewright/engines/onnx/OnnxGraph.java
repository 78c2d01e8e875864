package dev.framewright.engines.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Builds an ONNX model (opset {@value #OPSET}) node by node and encodes it: float32 and int64
 * tensors, inputs and outputs either image-shaped ({@code [1, C, h, w]} with symbolic height and
 * width) or of any shape ({@link #input(String, int, Object...)}). Field numbers follow onnx.proto3.
 * Used by the TF.js converter, and by tests that need a small model of a known signature. Not
 * thread-safe.
 */
public final class OnnxGraph {
    static final int OPSET = 13;
    private static final int IR_VERSION = 8;
    /** TensorProto.DataType FLOAT. */
    public static final int FLOAT = 1;
    /** TensorProto.DataType INT64. */
    public static final int INT64 = 7;

    private static final int ATTR_FLOAT = 1;
    private static final int ATTR_INT = 2;
    private static final int ATTR_STRING = 3;
    private static final int ATTR_INTS = 7;

    private final Protobuf graph = new Protobuf();
    private int nodes;

    public OnnxGraph(String name) {
        graph.string(2, name);
    }

    /** A float32 constant; {@code data} in row-major order of {@code dims}. */
    public OnnxGraph initializer(String name, long[] dims, float[] data) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(data);
        return initializer(name, dims, FLOAT, raw.array());
    }

    /** An int64 constant; {@code data} in row-major order of {@code dims}. */
    public OnnxGraph initializer(String name, long[] dims, long[] data) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        raw.asLongBuffer().put(data);
        return initializer(name, dims, INT64, raw.array());
    }

    /** A TensorProto of {@code type} with little-endian {@code raw} data. */
    private OnnxGraph initializer(String name, long[] dims, int type, byte[] raw) {
        Protobuf t = new Protobuf();
        for (long d : dims) {
            t.varint(1, d);
        }
        t.varint(2, type).string(8, name);
        t.bytes(9, raw);
        graph.message(5, t);
        return this;
    }

    /**
     * A node; attributes as name/value pairs (Integer, Float, String or long[]). An empty input name
     * leaves an optional input out.
     */
    public OnnxGraph node(String op, String[] inputs, String output, Object... attributes) {
        Protobuf n = new Protobuf();
        for (String in : inputs) {
            n.string(1, in);
        }
        n.string(2, output).string(3, op + "_" + nodes++).string(4, op);
        for (int i = 0; i < attributes.length; i += 2) {
            n.message(5, attribute((String) attributes[i], attributes[i + 1]));
        }
        graph.message(1, n);
        return this;
    }

    OnnxGraph input(String name, int channels) {
        graph.message(11, valueInfo(name, channels));
        return this;
    }

    /**
     * A graph input of element type {@code type} ({@link #FLOAT}, {@link #INT64}); each dimension a
     * Long/Integer size or a String naming a symbolic one.
     */
    public OnnxGraph input(String name, int type, Object... dims) {
        graph.message(11, valueInfo(name, type, dims));
        return this;
    }

    /** A graph output, as {@link #input(String, int, Object...)}. */
    public OnnxGraph output(String name, int type, Object... dims) {
        graph.message(12, valueInfo(name, type, dims));
        return this;
    }

    OnnxGraph output(String name, int channels) {
        graph.message(12, valueInfo(name, channels));
        return this;
    }

    public byte[] encode(String producer) {
        Protobuf opset = new Protobuf().string(1, "").varint(2, OPSET);
        return new Protobuf()
                .varint(1, IR_VERSION)
                .string(2, producer)
                .message(7, graph)
                .message(8, opset)
                .toByteArray();
    }

    private static Protobuf attribute(String name, Object value) {
        Protobuf a = new Protobuf().string(1, name);
        switch (value) {
            case Integer i -> a.varint(3, i).varint(20, ATTR_INT);
            case Float f -> a.fixed32(2, f).varint(20, ATTR_FLOAT);
            case String s -> a.string(4, s).varint(20, ATTR_STRING);
            case long[] ints -> {
                for (long v : ints) {
                    a.varint(8, v);
                }
                a.varint(20, ATTR_INTS);
            }
            default -> throw new IllegalArgumentException("unsupported attribute type for " + name);
        }
        return a;
    }

    private static Protobuf valueInfo(String name, int channels) {
        return valueInfo(name, FLOAT, 1, channels, "height", "width");
    }

    private static Protobuf valueInfo(String name, int type, Object... dims) {
        Protobuf shape = new Protobuf();
        for (Object d : dims) {
            shape.message(
                    1,
                    d instanceof String symbol
                            ? new Protobuf().string(2, symbol)
                            : new Protobuf().varint(1, ((Number) d).longValue()));
        }
        Protobuf tensor = new Protobuf().varint(1, type).message(2, shape);
        return new Protobuf().string(1, name).message(2, new Protobuf().message(1, tensor));
    }
}
