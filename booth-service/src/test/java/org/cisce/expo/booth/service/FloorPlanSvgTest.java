package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.common.types.Chain;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG writer alone: well-formed XML whatever the names contain, drawn to scale, coloured by status. */
class FloorPlanSvgTest {

    static final String HOSTILE = "<script>alert(1)</script> & \"Co\" 'Ltd' ]]> <!-- x --> <![CDATA[y]]>";

    static FloorPlan.BoothSpot booth(String code, double x, BoothStatus status, String nameEn, String nameZh) {
        boolean confirmed = status == BoothStatus.CONFIRMED;
        return new FloorPlan.BoothSpot(UUID.randomUUID(), code, BoothType.STANDARD, BigDecimal.valueOf(x),
                new BigDecimal("2.5"), new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("9"), status,
                confirmed ? UUID.randomUUID() : null, confirmed ? nameEn : null, confirmed ? nameZh : null);
    }

    static FloorPlan plan(String hallName, FloorPlan.BoothSpot... booths) {
        return FloorPlan.of(new FloorPlan.HallOutline(UUID.randomUUID(), "W1 <&>", hallName, "展厅", Chain.CLEAN_ENERGY,
                new BigDecimal("100"), new BigDecimal("50.5")), List.of(booths));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static Element boothGroup(Document document, String code) {
        NodeList groups = document.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (code.equals(group.getAttribute("data-code"))) {
                return group;
            }
        }
        throw new AssertionError("no booth " + code);
    }

    static List<String> texts(Element element, String className) {
        List<String> found = new ArrayList<>();
        NodeList texts = element.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (className.equals(text.getAttribute("class"))) {
                found.add(text.getTextContent());
            }
        }
        return found;
    }

    @Test
    void aHostileNameStaysTextAndTheDocumentIsWellFormed() throws Exception {
        String svg = FloorPlanSvg.write(plan(HOSTILE, booth("A<1>&\"'", 0, BoothStatus.CONFIRMED, HOSTILE, null)));

        Document document = parse(svg);
        assertEquals(0, document.getElementsByTagName("script").getLength(), "no element came out of a name");
        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
        Element group = boothGroup(document, "A<1>&\"'");
        assertEquals(List.of(HOSTILE), texts(group, "exhibitor"));
        assertEquals(List.of("A<1>&\"'"), texts(group, "code"));
        assertTrue(texts(document.getDocumentElement(), "hall-title").get(0).contains(HOSTILE));
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheRestKept() throws Exception {
        String name = "Ctrl\u0000\u0001\u0008\u000B\u000C\u001F end \uFFFE\uFFFF lone \uD800 high \uDC00 low"
                + " · 上海 🚀 \uD840\uDC00";
        String svg = FloorPlanSvg.write(plan("Hall", booth("C1", 10, BoothStatus.CONFIRMED, name, null)));

        Element group = boothGroup(parse(svg), "C1");
        assertEquals(List.of("Ctrl end  lone  high  low · 上海 🚀 \uD840\uDC00"), texts(group, "exhibitor"));
    }

    @Test
    void aChineseNameIsShownWhenThereIsNoEnglishOne() throws Exception {
        Element group = boothGroup(parse(FloorPlanSvg.write(
                plan("Hall", booth("Z1", 0, BoothStatus.CONFIRMED, null, "宁德时代")))), "Z1");
        assertEquals(List.of("宁德时代"), texts(group, "exhibitor"));
    }

    @Test
    void boothsAreColouredByStatusAndOnlyConfirmedOnesNamed() throws Exception {
        Document document = parse(FloorPlanSvg.write(plan("Hall",
                booth("F1", 0, BoothStatus.AVAILABLE, null, null),
                booth("H1", 3, BoothStatus.HELD, null, null),
                booth("C1", 6, BoothStatus.CONFIRMED, "Rhein Battery", null))));

        for (String[] expected : new String[][]{{"F1", "AVAILABLE"}, {"H1", "HELD"}, {"C1", "CONFIRMED"}}) {
            Element group = boothGroup(document, expected[0]);
            BoothStatus status = BoothStatus.valueOf(expected[1]);
            assertEquals(status.name(), group.getAttribute("data-status"));
            Element rect = (Element) group.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "rect").item(0);
            assertEquals(FloorPlanSvg.FILL.get(status), rect.getAttribute("fill"), expected[0]);
            assertEquals(status == BoothStatus.CONFIRMED ? List.of("Rhein Battery") : List.of(),
                    texts(group, "exhibitor"));
        }
        assertEquals(3, FloorPlanSvg.FILL.values().stream().distinct().count(), "three different colours");
    }

    @Test
    void theHallAndItsBoothsAreDrawnInMetresWithALegend() throws Exception {
        Document document = parse(FloorPlanSvg.write(plan("Hall",
                booth("F1", 12.25, BoothStatus.AVAILABLE, null, null),
                booth("H1", 20, BoothStatus.HELD, null, null))));
        Element svg = document.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals(FloorPlanSvg.NAMESPACE, svg.getNamespaceURI());
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        assertEquals(4, viewBox.length);
        assertTrue(Double.parseDouble(viewBox[0]) < 0 && Double.parseDouble(viewBox[2]) > 100,
                "the whole hall is in view: " + svg.getAttribute("viewBox"));

        Element hall = null;
        NodeList rects = document.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            if ("hall".equals(((Element) rects.item(i)).getAttribute("class"))) {
                hall = (Element) rects.item(i);
            }
        }
        assertNotNull(hall);
        assertEquals("100", hall.getAttribute("width"));
        assertEquals("50.5", hall.getAttribute("height"));
        Element rect = (Element) boothGroup(document, "F1").getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "rect").item(0);
        assertEquals("12.25", rect.getAttribute("x"));
        assertEquals("2.5", rect.getAttribute("y"));
        assertEquals("3", rect.getAttribute("width"));

        Element legend = null;
        NodeList groups = document.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            if ("legend".equals(((Element) groups.item(i)).getAttribute("class"))) {
                legend = (Element) groups.item(i);
            }
        }
        assertNotNull(legend);
        assertEquals("Available (1)Held (1)Confirmed (0)", legend.getTextContent());
    }

    @Test
    void anEmptyHallIsStillAPicture() throws Exception {
        Document document = parse(FloorPlanSvg.write(plan(null)));
        assertEquals(2, document.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "g").getLength(),
                "only the booths and legend groups");
        assertEquals(List.of(), texts(document.getDocumentElement(), "code"));
    }
}
