package org.cisce.expo.exhibitor.domain;

/** Where an exhibitor sits in its supply chain. */
public enum Segment {
    UPSTREAM,
    MIDSTREAM,
    DOWNSTREAM
}
