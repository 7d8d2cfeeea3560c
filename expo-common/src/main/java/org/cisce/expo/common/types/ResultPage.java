package org.cisce.expo.common.types;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 515}}. */
public record ResultPage<T>(
        @Schema(description = "At most size items", maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(description = "The page asked for, from 0", minimum = "0") int page,
        @Schema(description = "The most items a page holds", minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
        @Schema(description = "Items on every page together", minimum = "0") long total) {

    /** The same page with each item mapped, e.g. from entities to their representation. */
    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
