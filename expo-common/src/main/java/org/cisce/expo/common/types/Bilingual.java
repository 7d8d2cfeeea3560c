package org.cisce.expo.common.types;

/** A text in English and Chinese, either of which may be missing. */
public interface Bilingual {
    String en();

    String zh();
}
