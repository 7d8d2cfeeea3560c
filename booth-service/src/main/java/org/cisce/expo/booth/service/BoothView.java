package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.Hall;

/** A booth with its hall (code, zone) and its status at the time it was read. */
public record BoothView(Booth booth, Hall hall, BoothStatus status) {
}
