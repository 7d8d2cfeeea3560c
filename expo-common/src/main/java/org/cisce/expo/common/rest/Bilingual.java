package org.cisce.expo.common.rest;

/** A text in English and Chinese, either of which may be missing. */
public interface Bilingual {
    String en();

    String zh();
}
