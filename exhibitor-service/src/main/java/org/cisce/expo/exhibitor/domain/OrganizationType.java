package org.cisce.expo.exhibitor.domain;

/** What kind of organisation exhibits. */
public enum OrganizationType {
    ENTERPRISE,
    RESEARCH_INSTITUTE,
    UNIVERSITY,
    ASSOCIATION,
    GOVERNMENT_AGENCY,
    INTERNATIONAL_ORGANIZATION
}
