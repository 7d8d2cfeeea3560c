package org.cisce.expo.common.types;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 515}}. */
public record ResultPage<T>(
        @Schema(description = ITEMS, maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(description = PAGE, minimum = "0") int page,
        @Schema(description = SIZE, minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
        @Schema(description = TOTAL, minimum = "0") long total) {

    /** The documents' words for the members, here and where a page's schema is written out (ContractFilter). */
    public static final String ITEMS = "At most size items";
    public static final String PAGE = "The page asked for, from 0";
    public static final String SIZE = "The most items a page holds";
    public static final String TOTAL = "Items on every page together";

    /** The same page with each item mapped, e.g. from entities to their representation. */
    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
