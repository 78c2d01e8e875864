package dev.framewright.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SseParserTest {
    static SseParser parser(String text) {
        return new SseParser(new BufferedReader(new StringReader(text)));
    }

    @Test
    void eventsWithIdsTypesRetryAndComments() throws IOException {
        SseParser p = parser("retry: 2000\n\n: keep-alive\n\nid: 3\nevent: status\ndata: {\"a\":1}\n\n"
                + "id: 4\r\nevent: progress\r\ndata:{\"b\":\r\ndata: 2}\r\n\r\n");
        SseParser.Event first = p.next();
        assertThat(first).isEqualTo(new SseParser.Event("3", "status", "{\"a\":1}", 2000));
        SseParser.Event second = p.next();
        assertThat(second.id()).isEqualTo("4");
        assertThat(second.type()).isEqualTo("progress");
        assertThat(second.data()).isEqualTo("{\"b\":\n2}");
        assertThat(p.next()).isNull();
        assertThat(p.retryMillis()).isEqualTo(2000);
    }

    @Test
    void anUnterminatedEventAtTheEndIsDropped() throws IOException {
        SseParser p = parser("data: x\n\ndata: half");
        assertThat(p.next().data()).isEqualTo("x");
        assertThat(p.next()).isNull();
    }

    @Test
    void idsPersistAndDefaultTypeIsMessage() throws IOException {
        SseParser p = parser("id: 7\ndata: a\n\ndata: b\n\n");
        assertThat(p.next().id()).isEqualTo("7");
        SseParser.Event e = p.next();
        assertThat(e.id()).isEqualTo("7");
        assertThat(e.type()).isEqualTo("message");
    }
}
