package org.cisce.expo.registration.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which institutional e-mail a verified institution vouches for: one at its domain or at a subdomain of it, label by
 * label ({@code mail.tsinghua.edu.cn} matches {@code tsinghua.edu.cn}; {@code evil-tsinghua.edu.cn} and
 * {@code tsinghua.edu.cn.example.com} do not).
 */
public final class InstitutionDomains {

    /** Lower-case labels of letters, digits and inner hyphens (1–63 characters), two or more, the last starting with a letter. */
    private static final Pattern DOMAIN = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$");

    private InstitutionDomains() {
    }

    /** Whether {@code domain} is a lower-case DNS name such as {@code tsinghua.edu.cn}. */
    public static boolean isValid(String domain) {
        return domain != null && DOMAIN.matcher(domain).matches();
    }

    /** The domain of an e-mail address, lower case, or null when it has none. */
    public static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 0 || at == email.length() - 1) {
            return null;
        }
        String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    /** Whether {@code emailDomain} is {@code institutionDomain} or one of its subdomains. */
    public static boolean matches(String emailDomain, String institutionDomain) {
        if (emailDomain == null || institutionDomain == null || institutionDomain.isEmpty()) {
            return false;
        }
        return emailDomain.equals(institutionDomain) || emailDomain.endsWith("." + institutionDomain);
    }

    /** Whether the e-mail is at one of the verified institutions' domains (or a subdomain of one). */
    public static boolean vouchedFor(String email, Collection<String> institutionDomains) {
        String domain = domainOf(email);
        return domain != null && institutionDomains.stream().anyMatch(d -> matches(domain, d));
    }
}
