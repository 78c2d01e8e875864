package dev.framewright.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI component schemas and the Java wire records (and enums) from drifting: same
 * names, same property names, same enum values.
 */
class SchemaDriftTest {

    /** Schemas that are shared field shapes rather than records or enums. */
    static final Set<String> HELPER_SCHEMAS = Set.of("NumResults", "IsOutputTemporary", "NullableWatermarkMode");

    private static final String PACKAGE = "dev.framewright.contract";

    @SuppressWarnings("rawtypes") // swagger-parser's component map is raw
    private final Map<String, Schema> schemas =
            OpenApiDocumentTest.parse().getComponents().getSchemas();

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyRecordHasASchemaWithTheSamePropertyNames() {
        List<Class<?>> records =
                contractClasses().stream().filter(Class::isRecord).toList();
        assertThat(records).hasSizeGreaterThan(40);

        for (Class<?> record : records) {
            Schema<?> schema = schemas.get(record.getSimpleName());
            assertThat(schema).as("schema " + record.getSimpleName()).isNotNull();
            assertThat(schema.getProperties().keySet())
                    .as(record.getSimpleName() + " properties, in order")
                    .containsExactlyElementsOf(wireNames(record));
        }
    }

    @Test
    void everyResponseRecordSchemaRequiresAllPropertiesAndRequestSchemasOnlyRequiredOnes() {
        for (Class<?> record : contractClasses()) {
            Schema<?> schema = schemas.get(record.getSimpleName());
            if (!record.isRecord() || record.getSimpleName().endsWith("Request") || schema == null) {
                continue;
            }
            if (record == HealthStatus.class) {
                assertThat(schema.getRequired()).containsExactly("status");
                continue;
            }
            // Responses always emit every documented field (API.md §1.3), nulls included.
            assertThat(schema.getRequired())
                    .as(record.getSimpleName() + " required")
                    .containsExactlyInAnyOrderElementsOf(wireNames(record));
        }
    }

    @Test
    void everyEnumSchemaMatchesItsJavaEnum() {
        List<Class<?>> enums = contractClasses().stream().filter(Class::isEnum).toList();
        for (Class<?> type : enums) {
            if (type == ErrorCode.class || type == IdPrefix.class) {
                continue; // not wire enums of §8: codes are open strings, prefixes are not values
            }
            Schema<?> schema = schemas.get(type.getSimpleName());
            assertThat(schema).as("schema " + type.getSimpleName()).isNotNull();
            List<String> wire = Arrays.stream(type.getEnumConstants())
                    .map(c -> mapper.convertValue(c, String.class))
                    .toList();
            assertThat(schema.getEnum().stream().map(Objects::toString).toList())
                    .as(type.getSimpleName() + " values")
                    .containsExactlyElementsOf(wire);
        }
    }

    @Test
    void everySchemaIsARecordAnEnumOrANamedHelper() {
        Set<String> javaNames = Set.copyOf(contractClasses().stream()
                .filter(c -> c.isRecord() || c.isEnum())
                .map(Class::getSimpleName)
                .toList());
        for (String name : schemas.keySet()) {
            assertThat(javaNames.contains(name) || HELPER_SCHEMAS.contains(name))
                    .as("schema " + name + " has a Java type")
                    .isTrue();
        }
    }

    /** A record's JSON property names: component names unless renamed by {@code @JsonProperty}. */
    static List<String> wireNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(c -> {
                    JsonProperty renamed = c.getAnnotation(JsonProperty.class);
                    return renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
                })
                .toList();
    }

    /** The top-level classes of the contract package, from the compiled classes directory. */
    static List<Class<?>> contractClasses() {
        URL url = SchemaDriftTest.class.getClassLoader().getResource(PACKAGE.replace('.', '/') + "/ApiError.class");
        assertThat(url).isNotNull();
        assertThat(url.getProtocol())
                .as("contract classes are on a directory classpath")
                .isEqualTo("file");
        File dir;
        try {
            dir = new File(url.toURI()).getParentFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : Objects.requireNonNull(dir.list())) {
            if (name.endsWith(".class") && !name.contains("$")) {
                try {
                    classes.add(Class.forName(PACKAGE + "." + name.substring(0, name.length() - ".class".length())));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }
}
