package dev.framewright.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRulesTest {
    static InetAddress ip(String literal) throws Exception {
        return IpLiterals.parse(literal.contains(":") ? "[" + literal + "]" : literal)
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, PRIVATE",
        "127.255.0.9, PRIVATE",
        "::1, PRIVATE",
        "10.0.0.1, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.255, PRIVATE",
        "172.32.0.1, PUBLIC",
        "192.168.1.1, PRIVATE",
        "169.254.169.254, PRIVATE",
        "100.100.100.200, PRIVATE",
        "192.0.0.192, PRIVATE",
        "fe80::1, PRIVATE",
        "fc00::1, PRIVATE",
        "fd00:ec2::254, PRIVATE",
        "::ffff:127.0.0.1, PRIVATE",
        "::ffff:10.1.2.3, PRIVATE",
        "64:ff9b::a9fe:a9fe, PRIVATE",
        "2002:7f00:1::, PRIVATE",
        "0.0.0.0, NEVER",
        "::, NEVER",
        "224.0.0.1, NEVER",
        "ff02::1, NEVER",
        "255.255.255.255, NEVER",
        "240.0.0.1, NEVER",
        "93.184.216.34, PUBLIC",
        "2606:2800:220:1:248:1893:25c8:1946, PUBLIC",
        "8.8.8.8, PUBLIC"
    })
    void classifiesAddresses(String literal, AddressRules.Kind kind) throws Exception {
        assertThat(AddressRules.classify(ip(literal))).as(literal).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "2130706433, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "0x7F000001, 127.0.0.1",
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "0xa9.0xfe.0xa9.0xfe, 169.254.169.254",
        "012.0.0.1, 10.0.0.1",
        "127.0.0.1., 127.0.0.1",
        "[::1], 0:0:0:0:0:0:0:1"
    })
    void readsEveryIpv4SpellingAsTheAddressItSpells(String host, String address) throws Exception {
        assertThat(IpLiterals.parse(host)).as(host).contains(InetAddress.getByName(address));
    }

    @Test
    void namesAndOutOfRangeNumbersAreNotLiterals() {
        for (String host :
                new String[] {"hooks.example.com", "deadbeef", "1.2.3.4.5", "256.0.0.1", "08.0.0.1", "0x", ""}) {
            assertThat(IpLiterals.parse(host)).as(host).isEmpty();
        }
        assertThat(IpLiterals.parse("4294967296")).isEmpty();
        assertThat(IpLiterals.parse("[fe80::1%eth0]")).isEmpty();
    }
}
