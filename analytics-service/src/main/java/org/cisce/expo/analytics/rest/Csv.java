package org.cisce.expo.analytics.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180: a header row, CRLF line ends, quotes where needed, UTF-8). The rows are
 * records, their components the columns. A text cell beginning with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe so that a spreadsheet shows it instead of running it as a formula: hall
 * codes and other keys are written by people.
 */
@Provider
@Produces(Csv.MEDIA_TYPE)
public class Csv implements MessageBodyWriter<Csv.Table> {

    public static final String MEDIA_TYPE = "text/csv";

    /** What can be written as CSV: rows of one record type (the header comes from {@code type}). */
    public record Table(Class<? extends Record> type, List<? extends Record> rows) {
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException,
            WebApplicationException {
        headers.putSingle("Content-Type", MEDIA_TYPE + "; charset=UTF-8; header=present");
        out.write(write(table).getBytes(StandardCharsets.UTF_8));
    }

    static String write(Table table) {
        RecordComponent[] columns = table.type().getRecordComponents();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            csv.append(i == 0 ? "" : ",").append(cell(columns[i].getName()));
        }
        csv.append("\r\n");
        for (Record row : table.rows()) {
            for (int i = 0; i < columns.length; i++) {
                csv.append(i == 0 ? "" : ",").append(cell(value(columns[i], row)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static Object value(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof java.math.BigDecimal d ? d.toPlainString() : number.toString();
        }
        String text = value instanceof OffsetDateTime time ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
                : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
