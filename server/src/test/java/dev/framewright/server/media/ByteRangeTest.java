package dev.framewright.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.server.media.ByteRange.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {
    private static final String ETAG = "\"v1-abc\"";
    private static final long MODIFIED = 784111777L; // Sun, 06 Nov 1994 08:49:37 GMT
    private static final long SIZE = 1000;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bytes=0-0|0|0",
                "bytes=0-499|0|499",
                "bytes=500-999|500|999",
                "bytes=5-|5|999",
                "bytes=999-|999|999",
                "bytes=990-5000|990|999",
                "bytes=-500|500|999",
                "bytes=-1|999|999",
                "bytes=-1000|0|999",
                "bytes=-5000|0|999",
                "bytes=0-99999999999999999999999|0|999",
                "Bytes=1-2|1|2",
                "  bytes=1-2  |1|2",
                "bytes= 1-2 |1|2",
                "bytes=1-2, |1|2",
                "bytes=,1-2|1|2",
                "bytes=007-008|7|8"
            })
    void singleSatisfiableRanges(String header, long start, long end) {
        Result result = ByteRange.evaluate(header, null, ETAG, MODIFIED, SIZE);

        assertThat(result).isEqualTo(Result.partial(start, end));
        assertThat(result.length()).isEqualTo(end - start + 1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"bytes=1000-", "bytes=1000-1000", "bytes=5000-6000", "bytes=-0", "bytes=99999999999999999999-"})
    void unsatisfiableRanges(String header) {
        assertThat(ByteRange.evaluate(header, null, ETAG, MODIFIED, SIZE)).isEqualTo(Result.UNSATISFIABLE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "items=0-5",
                "bytes",
                "bytes=",
                "bytes=abc",
                "bytes=5",
                "bytes=5-4",
                "bytes=a-5",
                "bytes=1-b",
                "bytes=--5",
                "bytes=-5-",
                "bytes=1 - 2",
                "bytes=+1-2",
                "bytes=0-1,5-6",
                "bytes=0-1, 1000-2000",
                "bytes =0-1x"
            })
    void ignoredHeadersServeEverything(String header) {
        assertThat(ByteRange.evaluate(header, null, ETAG, MODIFIED, SIZE)).isEqualTo(Result.FULL);
    }

    @Test
    void noHeaderServesEverything() {
        assertThat(ByteRange.evaluate(null, null, ETAG, MODIFIED, SIZE)).isEqualTo(Result.FULL);
        assertThat(ByteRange.evaluate(null, ETAG, ETAG, MODIFIED, SIZE)).isEqualTo(Result.FULL);
    }

    @Test
    void emptyRepresentation() {
        assertThat(ByteRange.evaluate("bytes=0-0", null, ETAG, MODIFIED, 0)).isEqualTo(Result.UNSATISFIABLE);
        assertThat(ByteRange.evaluate("bytes=0-", null, ETAG, MODIFIED, 0)).isEqualTo(Result.UNSATISFIABLE);
        assertThat(ByteRange.evaluate("bytes=-0", null, ETAG, MODIFIED, 0)).isEqualTo(Result.UNSATISFIABLE);
        assertThat(ByteRange.evaluate("bytes=-10", null, ETAG, MODIFIED, 0)).isEqualTo(Result.FULL);
    }

    @Test
    void oneByteRepresentation() {
        assertThat(ByteRange.evaluate("bytes=0-", null, ETAG, MODIFIED, 1)).isEqualTo(Result.partial(0, 0));
        assertThat(ByteRange.evaluate("bytes=-5", null, ETAG, MODIFIED, 1)).isEqualTo(Result.partial(0, 0));
        assertThat(ByteRange.evaluate("bytes=1-", null, ETAG, MODIFIED, 1)).isEqualTo(Result.UNSATISFIABLE);
    }

    @Test
    void ifRangeWithAStrongEtag() {
        assertThat(ByteRange.evaluate("bytes=0-9", ETAG, ETAG, MODIFIED, SIZE)).isEqualTo(Result.partial(0, 9));
        assertThat(ByteRange.evaluate("bytes=0-9", " " + ETAG + " ", ETAG, MODIFIED, SIZE))
                .isEqualTo(Result.partial(0, 9));
        assertThat(ByteRange.evaluate("bytes=0-9", "\"v0-old\"", ETAG, MODIFIED, SIZE))
                .isEqualTo(Result.FULL);
        assertThat(ByteRange.evaluate("bytes=0-9", "W/" + ETAG, ETAG, MODIFIED, SIZE))
                .isEqualTo(Result.FULL);
        assertThat(ByteRange.evaluate("bytes=0-9", "W/" + ETAG, "W/" + ETAG, MODIFIED, SIZE))
                .isEqualTo(Result.FULL);
        assertThat(ByteRange.evaluate("bytes=0-9", ETAG, null, MODIFIED, SIZE)).isEqualTo(Result.FULL);
        assertThat(ByteRange.evaluate("bytes=5000-", "\"v0-old\"", ETAG, MODIFIED, SIZE))
                .isEqualTo(Result.FULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"})
    void ifRangeWithTheLastModifiedDate(String date) {
        assertThat(ByteRange.evaluate("bytes=0-9", date, ETAG, MODIFIED, SIZE)).isEqualTo(Result.partial(0, 9));
        assertThat(ByteRange.evaluate("bytes=0-9", date, ETAG, MODIFIED + 1, SIZE))
                .isEqualTo(Result.FULL);
        assertThat(ByteRange.evaluate("bytes=0-9", date, ETAG, -1, SIZE)).isEqualTo(Result.FULL);
    }

    @Test
    void ifRangeThatIsNeitherTagNorDateNeverMatches() {
        assertThat(ByteRange.evaluate("bytes=0-9", "yesterday", ETAG, MODIFIED, SIZE))
                .isEqualTo(Result.FULL);
        assertThat(ByteRange.evaluate("bytes=0-9", "", ETAG, MODIFIED, SIZE)).isEqualTo(Result.FULL);
    }
}
