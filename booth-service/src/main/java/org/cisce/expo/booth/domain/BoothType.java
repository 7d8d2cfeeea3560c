package org.cisce.expo.booth.domain;

/** How a booth opens to the aisles, and raw space without a shell scheme. */
public enum BoothType {
    STANDARD,
    CORNER,
    PENINSULA,
    ISLAND,
    RAW_SPACE
}
