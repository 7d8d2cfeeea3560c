package org.cisce.expo.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Dates and times are read from strings only: a number is refused, not taken as epoch seconds. */
class JsonStrictnessTest {

    record Deadline(OffsetDateTime at, Instant instant, LocalDate day) {
    }

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonStrictness().customize(mapper);
        return mapper;
    }

    @Test
    void isoStringsAreRead() throws Exception {
        Deadline d = strict().readValue("""
                {"at": "2027-06-22T10:00:00+08:00", "instant": "2027-06-22T02:00:00Z", "day": "2027-06-22"}""",
                Deadline.class);
        assertEquals(Instant.parse("2027-06-22T02:00:00Z"), d.at().toInstant());
        assertEquals(Instant.parse("2027-06-22T02:00:00Z"), d.instant());
        assertEquals(LocalDate.parse("2027-06-22"), d.day());
    }

    @Test
    void numbersForDatesAreRefusedNamingTheField() {
        for (String json : new String[]{"{\"at\": 1924992000}", "{\"instant\": 1924992000.5}", "{\"day\": 20270622}"}) {
            MismatchedInputException e = assertThrows(MismatchedInputException.class,
                    () -> strict().readValue(json, Deadline.class), json);
            assertEquals(1, e.getPath().size(), json);
        }
    }
}
