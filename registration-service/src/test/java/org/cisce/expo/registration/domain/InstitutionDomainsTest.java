package org.cisce.expo.registration.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstitutionDomainsTest {

    @ParameterizedTest(name = "{0} vouched for by tsinghua.edu.cn: {1}")
    @CsvSource({
            "someone@tsinghua.edu.cn, true",
            "someone@mail.tsinghua.edu.cn, true",
            "someone@mails.cs.tsinghua.edu.cn, true",
            "Someone@MAIL.Tsinghua.EDU.cn, true",
            "someone@tsinghua.edu.cn., true",
            "someone@evil-tsinghua.edu.cn, false",
            "someone@tsinghua.edu.cn.example.com, false",
            "someone@xtsinghua.edu.cn, false",
            "someone@edu.cn, false",
            "tsinghua.edu.cn@gmail.com, false",
            "someone@pku.edu.cn, false"})
    void aSubdomainMatchesLabelByLabel(String email, boolean vouched) {
        assertEquals(vouched, InstitutionDomains.vouchedFor(email, List.of("tsinghua.edu.cn")));
    }

    @Test
    void anyOfSeveralInstitutionsVouches() {
        assertTrue(InstitutionDomains.vouchedFor("a@tum.de", List.of("tsinghua.edu.cn", "tum.de")));
        assertFalse(InstitutionDomains.vouchedFor("a@tum.de", List.of()));
        assertFalse(InstitutionDomains.vouchedFor(null, List.of("tum.de")));
    }

    @Test
    void theDomainOfAnAddressIsAfterItsLastAt() {
        assertEquals("mail.example.edu", InstitutionDomains.domainOf("\"a@b\"@Mail.Example.EDU"));
        assertNull(InstitutionDomains.domainOf("no-at-sign"));
        assertNull(InstitutionDomains.domainOf("trailing@"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsinghua.edu.cn", "tum.de", "a.b", "xn--fiqs8s.xn--fiqz9s", "my-uni.ac.uk", "1uni.edu"})
    void validDomains(String domain) {
        assertTrue(InstitutionDomains.isValid(domain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tsinghua.edu.cn", "localhost", "-uni.edu", "uni-.edu", "uni..edu", ".uni.edu", "uni.edu.",
            "uni edu.cn", "uni.123", "under_score.edu", "@tum.de", ""})
    void invalidDomains(String domain) {
        assertFalse(InstitutionDomains.isValid(domain));
    }

    @Test
    void aDomainOfMoreThan253CharactersIsInvalid() {
        String label = "a".repeat(60);
        String domain = String.join(".", label, label, label, label, "edu");
        assertTrue(domain.length() > 245 && domain.length() <= 253 && InstitutionDomains.isValid(domain));
        assertFalse(InstitutionDomains.isValid(label + "." + domain));
        assertFalse(InstitutionDomains.isValid("a".repeat(64) + ".edu"), "a label is at most 63 characters");
    }
}
