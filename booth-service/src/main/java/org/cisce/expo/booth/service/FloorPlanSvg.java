package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.Numbers;
import org.cisce.expo.booth.domain.BoothStatus;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link FloorPlan} as SVG, to scale: one user unit is one metre, the hall's top-left corner at (0, 0).
 * Each booth is a rectangle coloured by status and labelled by its code (and, when confirmed, the exhibitor's
 * public name); a legend below the hall names the colours. Written with an XML writer, never by concatenation,
 * so that any name stays text: the writer escapes markup and {@link #xmlText} drops what XML 1.0 forbids.
 */
public final class FloorPlanSvg {

    public static final String MEDIA_TYPE = "image/svg+xml";
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    /** Fill of a booth per status, also used by the legend. */
    public static final Map<BoothStatus, String> FILL;

    static {
        Map<BoothStatus, String> fill = new EnumMap<>(BoothStatus.class);
        fill.put(BoothStatus.AVAILABLE, "#c8e6c9");
        fill.put(BoothStatus.HELD, "#ffe082");
        fill.put(BoothStatus.CONFIRMED, "#90caf9");
        FILL = Map.copyOf(fill);
    }

    private static final String INK = "#263238";
    /** Largest drawing width in pixels, and the most pixels per metre (a small hall is not blown up further). */
    private static final double MAX_PIXELS = 1200;
    private static final double MAX_PIXELS_PER_METRE = 20;
    /** Rough width of a character as a share of the font size, to keep labels inside their booth. */
    private static final double CHAR_WIDTH = 0.6;

    private FloorPlanSvg() {
    }

    public static String write(FloorPlan plan) {
        double width = plan.hall().width().doubleValue();
        double depth = plan.hall().depth().doubleValue();
        // Text and margins scale with the hall, so a 20 m and a 400 m hall both read well.
        double unit = Math.max(0.3, Math.max(width, depth) / 80);
        double margin = 2 * unit;
        double top = -(margin + 2 * unit);
        double viewWidth = Math.max(width, 14 * unit) + 2 * margin;
        double legendTop = depth + margin;
        double viewHeight = legendTop + 3 * 1.6 * unit + margin - top;
        double scale = Math.min(MAX_PIXELS_PER_METRE, MAX_PIXELS / viewWidth);

        StringWriter out = new StringWriter();
        try {
            // The JDK's own writer, whatever else is on the class path: its escaping is what this class relies on.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("viewBox", number(-margin) + " " + number(top) + " " + number(viewWidth) + " "
                    + number(viewHeight));
            xml.writeAttribute("width", number(Math.round(viewWidth * scale)));
            xml.writeAttribute("height", number(Math.round(viewHeight * scale)));
            xml.writeAttribute("font-family", "sans-serif");
            xml.writeAttribute("role", "img");

            String heading = plan.hall().code()
                    + (plan.hall().displayName() == null ? "" : " · " + plan.hall().displayName())
                    + (plan.hall().zone() == null ? "" : " · " + plan.hall().zone());
            element(xml, "title", "Floor plan of hall " + heading);
            FloorPlan.Totals totals = plan.totals();
            element(xml, "desc", totals.booths() + " booths: " + totals.available() + " available, " + totals.held()
                    + " held, " + totals.confirmed() + " confirmed; " + totals.areaSqm() + " m², "
                    + totals.confirmedAreaSqm() + " m² confirmed. One unit is one metre.");

            xml.writeStartElement("text");
            xml.writeAttribute("class", "hall-title");
            xml.writeAttribute("x", "0");
            xml.writeAttribute("y", number(-0.8 * unit));
            xml.writeAttribute("font-size", number(1.6 * unit));
            xml.writeAttribute("fill", INK);
            xml.writeCharacters(xmlText(heading));
            xml.writeEndElement();

            xml.writeEmptyElement("rect");
            xml.writeAttribute("class", "hall");
            xml.writeAttribute("x", "0");
            xml.writeAttribute("y", "0");
            xml.writeAttribute("width", number(width));
            xml.writeAttribute("height", number(depth));
            xml.writeAttribute("fill", "#fafafa");
            xml.writeAttribute("stroke", INK);
            xml.writeAttribute("stroke-width", number(unit / 5));

            xml.writeStartElement("g");
            xml.writeAttribute("class", "booths");
            for (FloorPlan.BoothSpot booth : plan.booths()) {
                booth(xml, booth);
            }
            xml.writeEndElement();

            legend(xml, plan.totals(), legendTop, unit);

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the floor plan", e);
        }
        return out.toString();
    }

    private static void booth(XMLStreamWriter xml, FloorPlan.BoothSpot booth) throws XMLStreamException {
        double x = booth.x().doubleValue();
        double y = booth.y().doubleValue();
        double w = booth.width().doubleValue();
        double d = booth.depth().doubleValue();
        String status = booth.status().name().toLowerCase(Locale.ROOT);
        String name = booth.status() == BoothStatus.CONFIRMED ? xmlText(booth.exhibitorDisplayName()) : null;
        String code = xmlText(booth.code());

        xml.writeStartElement("g");
        xml.writeAttribute("id", "booth-" + booth.id());
        xml.writeAttribute("class", "booth " + status);
        xml.writeAttribute("data-code", code);
        xml.writeAttribute("data-status", booth.status().name());
        // A tooltip with the full label, which may not fit inside the drawn booth.
        element(xml, "title", code + " · " + booth.type() + " · " + Numbers.plain(booth.areaSqm()).toPlainString()
                + " m² · " + status + (name == null || name.isEmpty() ? "" : " · " + name));

        xml.writeEmptyElement("rect");
        xml.writeAttribute("x", number(x));
        xml.writeAttribute("y", number(y));
        xml.writeAttribute("width", number(w));
        xml.writeAttribute("height", number(d));
        xml.writeAttribute("fill", FILL.get(booth.status()));
        xml.writeAttribute("stroke", INK);
        xml.writeAttribute("stroke-width", number(Math.min(w, d) / 60));

        boolean named = name != null && !name.isEmpty();
        double codeSize = fontSize(code, w, d);
        double centreX = x + w / 2;
        double centreY = y + d / 2;
        label(xml, "code", code, centreX, named ? centreY - codeSize * 0.2 : centreY + codeSize * 0.35, codeSize);
        if (named) {
            double nameSize = Math.min(codeSize * 0.8, fontSize(name, w, d));
            label(xml, "exhibitor", name, centreX, centreY + codeSize * 0.4 + nameSize, nameSize);
        }
        xml.writeEndElement();
    }

    private static void legend(XMLStreamWriter xml, FloorPlan.Totals totals, double top, double unit)
            throws XMLStreamException {
        xml.writeStartElement("g");
        xml.writeAttribute("class", "legend");
        double row = 1.6 * unit;
        int i = 0;
        for (BoothStatus status : BoothStatus.values()) {
            int count = switch (status) {
                case AVAILABLE -> totals.available();
                case HELD -> totals.held();
                case CONFIRMED -> totals.confirmed();
            };
            double y = top + i++ * row;
            xml.writeEmptyElement("rect");
            xml.writeAttribute("class", "swatch " + status.name().toLowerCase(Locale.ROOT));
            xml.writeAttribute("x", "0");
            xml.writeAttribute("y", number(y));
            xml.writeAttribute("width", number(unit));
            xml.writeAttribute("height", number(unit));
            xml.writeAttribute("fill", FILL.get(status));
            xml.writeAttribute("stroke", INK);
            xml.writeAttribute("stroke-width", number(unit / 20));
            xml.writeStartElement("text");
            xml.writeAttribute("x", number(1.5 * unit));
            xml.writeAttribute("y", number(y + 0.85 * unit));
            xml.writeAttribute("font-size", number(unit));
            xml.writeAttribute("fill", INK);
            String label = status.name().charAt(0) + status.name().substring(1).toLowerCase(Locale.ROOT);
            xml.writeCharacters(label + " (" + count + ")");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void label(XMLStreamWriter xml, String kind, String text, double x, double y, double size)
            throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeAttribute("class", kind);
        xml.writeAttribute("x", number(x));
        xml.writeAttribute("y", number(y));
        xml.writeAttribute("font-size", number(size));
        xml.writeAttribute("text-anchor", "middle");
        xml.writeAttribute("fill", INK);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** A font size that keeps the text inside a booth of w × d metres. */
    private static double fontSize(String text, double w, double d) {
        int length = Math.max(1, text.codePointCount(0, text.length()));
        return Math.max(0.05, Math.min(d * 0.3, 0.9 * w / (CHAR_WIDTH * length)));
    }

    /**
     * The text without the characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE
     * and U+FFFF); the writer escapes the rest. Null stays null.
     */
    static String xmlText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(FloorPlanSvg::allowedInXml).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Metres with at most three decimals, never in exponent form. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
