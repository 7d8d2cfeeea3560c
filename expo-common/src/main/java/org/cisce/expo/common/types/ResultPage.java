package org.cisce.expo.common.types;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 515}}. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    /** The same page with each item mapped, e.g. from entities to their representation. */
    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
