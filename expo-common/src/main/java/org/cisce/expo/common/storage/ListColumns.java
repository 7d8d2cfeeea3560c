package org.cisce.expo.common.storage;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.cisce.expo.common.types.Chain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The one way every service stores a short list in a column: codes and dates comma-separated (they contain no
 * comma), free texts as a JSON array. Use with {@code @Convert(converter = ListColumns.Dates.class)}.
 */
public final class ListColumns {

    private ListColumns() {
    }

    @Converter
    public static class Chains implements AttributeConverter<List<Chain>, String> {
        @Override
        public String convertToDatabaseColumn(List<Chain> chains) {
            return String.join(",", chains.stream().map(Chain::name).toList());
        }

        @Override
        public List<Chain> convertToEntityAttribute(String column) {
            return split(column).stream().map(Chain::valueOf).toList();
        }
    }

    @Converter
    public static class Dates implements AttributeConverter<List<LocalDate>, String> {
        @Override
        public String convertToDatabaseColumn(List<LocalDate> dates) {
            return String.join(",", dates.stream().map(LocalDate::toString).toList());
        }

        @Override
        public List<LocalDate> convertToEntityAttribute(String column) {
            return split(column).stream().map(LocalDate::parse).toList();
        }
    }

    /** Codes without commas (chain names, interests): kept in the order given. */
    @Converter
    public static class Codes implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> codes) {
            return String.join(",", codes);
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            return split(column);
        }
    }

    /** Free texts (product names) as a JSON array, since they may contain commas. */
    @Converter
    public static class Texts implements AttributeConverter<List<String>, String> {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        @Override
        public String convertToDatabaseColumn(List<String> texts) {
            try {
                return JSON.writeValueAsString(texts);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            try {
                return List.of(JSON.readValue(column, String[].class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a list column is not a JSON array", e);
            }
        }
    }

    private static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
    }
}
