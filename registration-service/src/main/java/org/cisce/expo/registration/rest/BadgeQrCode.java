package org.cisce.expo.registration.rest;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A badge token as a QR code PNG (ZXing), black on white with the quiet zone scanners need. */
final class BadgeQrCode {

    /** Width and height in pixels: about 5 pixels a module for a badge token, enough for a printed badge. */
    static final int SIZE = 480;
    /**
     * The largest PNG this writes: the image is always {@link #SIZE} square (the densest QR code, with its quiet zone,
     * is 185 modules wide), one bit a pixel, so its rows are 29,280 bytes before compression; deflate adds a few bytes
     * a block to data it cannot shrink, and the PNG chunks under 100 (random noise, the worst case, makes 29,343).
     */
    static final int MAX_PNG_BYTES = 32 * 1024;

    private BadgeQrCode() {
    }

    static byte[] png(String token) {
        BitMatrix matrix;
        try {
            // Level M survives some smudge on a printed badge and keeps the code small enough for a phone screen.
            matrix = new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("a badge token does not fit in a QR code", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // In memory: ImageIO's default cache would write a temporary file for every badge.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
