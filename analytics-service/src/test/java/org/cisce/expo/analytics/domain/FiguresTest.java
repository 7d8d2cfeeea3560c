package org.cisce.expo.analytics.domain;

import org.cisce.expo.analytics.domain.EditionFigures.BoothCell;
import org.cisce.expo.analytics.domain.EditionFigures.DayCell;
import org.cisce.expo.analytics.domain.EditionFigures.ExhibitorCell;
import org.cisce.expo.analytics.domain.EditionFigures.VisitorCell;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's figures from counted cells, as the read model hands them over: no database, no broker. */
class FiguresTest {

    private static final EditionFigures EDITION = new EditionFigures("cisce-2025", "CISCE 2025", "链博会 2025",
            "Asia/Shanghai", LocalDate.of(2025, 7, 16), LocalDate.of(2025, 7, 20),
            List.of(new ExhibitorCell("APPROVED", "CN", "DIGITAL", "UPSTREAM", "ENTERPRISE", 60),
                    new ExhibitorCell("APPROVED", "DE", "DIGITAL", "UPSTREAM", "ENTERPRISE", 25),
                    new ExhibitorCell("APPROVED", "US", "SMART_VEHICLES", "MIDSTREAM", "ENTERPRISE", 15),
                    new ExhibitorCell("SUBMITTED", "FR", "DIGITAL", "UPSTREAM", "ENTERPRISE", 7),
                    new ExhibitorCell("WITHDRAWN", "CN", "SMART_VEHICLES", "UPSTREAM", "ASSOCIATION", 2),
                    new ExhibitorCell("REJECTED", "JP", "DIGITAL", "UPSTREAM", "ENTERPRISE", 1)),
            List.of(new BoothCell("A1", "DIGITAL", "STANDARD", "CONFIRMED", 30, new BigDecimal("270.00")),
                    new BoothCell("A1", "DIGITAL", "STANDARD", "HELD", 10, new BigDecimal("90.00")),
                    new BoothCell("B1", "SMART_VEHICLES", "RAW_SPACE", "AVAILABLE", 60, new BigDecimal("1440.00"))),
            List.of(new VisitorCell("CONFIRMED", "PROFESSIONAL", "CN", 500),
                    new VisitorCell("CONFIRMED", "STUDENT", "CN", 200),
                    new VisitorCell("WAITLISTED", "PUBLIC", "DE", 50),
                    new VisitorCell("CANCELLED", "PUBLIC", "CN", 40),
                    new VisitorCell("ERASED", "PUBLIC", "CN", 3)),
            List.of(new DayCell("2025-07-16", 300), new DayCell("2025-07-17", 450)),
            900, 610, OffsetDateTime.of(2025, 7, 20, 10, 0, 0, 0, ZoneOffset.UTC));

    @Test
    void theOverviewCountsApplicationsBoothsAndVisitors() {
        Overview o = Figures.overview(EDITION, "CN");

        assertEquals(new Overview.Exhibitors(110, 100, 7, 2, 1, 40, new BigDecimal("0.4000"), 2), o.exhibitors());
        assertEquals(100, o.booths().total());
        assertEquals(60, o.booths().available());
        assertEquals(10, o.booths().held());
        assertEquals(30, o.booths().confirmed());
        assertEquals(new BigDecimal("1800.00"), o.booths().areaSqm());
        assertEquals(new BigDecimal("0.3000"), o.booths().occupancyByCount());
        assertEquals(new BigDecimal("0.1500"), o.booths().occupancyByArea());
        assertEquals(750, o.visitors().registered(), "confirmed, pending and waitlisted");
        assertEquals(500, o.visitors().professional());
        assertEquals(0L, o.visitors().byCategory().get("MEDIA"), "every category is listed, zero included");
        assertEquals(40L, o.visitors().byStatus().get("CANCELLED"));
        assertEquals(610, o.visitors().uniqueAdmitted());
    }

    @Test
    void theHostCountryDecidesWhatIsInternational() {
        assertEquals(85, Figures.overview(EDITION, "US").exhibitors().international());
    }

    @Test
    void anEmptyEditionHasZeroSharesNotADivisionByZero() {
        EditionFigures empty = new EditionFigures("x", null, null, "Asia/Shanghai", null, null, List.of(), List.of(),
                List.of(), List.of(), 0, 0, null);
        Overview o = Figures.overview(empty, "CN");
        assertEquals(new BigDecimal("0.0000"), o.exhibitors().internationalShare());
        assertEquals(new BigDecimal("0.0000"), o.booths().occupancyByArea());
    }

    @Test
    void exhibitorsByChainCountApprovedWithTheirShareBiggestFirst() {
        List<Breakdowns.ExhibitorGroup> groups = Figures.exhibitorsBy(EDITION, "chain");
        assertEquals(List.of(new Breakdowns.ExhibitorGroup("DIGITAL", 85, new BigDecimal("0.8500"), 93, 0),
                new Breakdowns.ExhibitorGroup("SMART_VEHICLES", 15, new BigDecimal("0.1500"), 17, 2)), groups);
    }

    @Test
    void visitorsByDayKeepTheCalendarOrderAndOthersTheBiggestFirst() {
        assertEquals(List.of("2025-07-16", "2025-07-17"),
                Figures.visitorsBy(EDITION, "day").stream().map(Breakdowns.VisitorGroup::key).toList());
        assertEquals(List.of("CN", "DE"),
                Figures.visitorsBy(EDITION, "countryCode").stream().map(Breakdowns.VisitorGroup::key).toList());
        assertEquals(List.of("CONFIRMED", "WAITLISTED", "CANCELLED"),
                Figures.visitorsBy(EDITION, "status").stream().map(Breakdowns.VisitorGroup::key).toList());
    }
}
