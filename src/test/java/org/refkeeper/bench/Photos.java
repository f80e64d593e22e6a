package org.refkeeper.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Photo-like JPEGs (smooth shapes and grain, about 60–100 KB), each different, as an article's pictures are. */
final class Photos {
    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    private Photos() {
    }

    static byte[] jpeg(long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xFFFFFF)), WIDTH, HEIGHT, new Color(r.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 120));
            g.fillOval(r.nextInt(WIDTH), r.nextInt(HEIGHT), 40 + r.nextInt(300), 40 + r.nextInt(200));
        }
        g.dispose();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = img.getRGB(x, y);
                int grain = r.nextInt(25) - 12;
                img.setRGB(x, y, (clamp((rgb >> 16 & 0xFF) + grain) << 16) | (clamp((rgb >> 8 & 0xFF) + grain) << 8)
                        | clamp((rgb & 0xFF) + grain));
            }
        }
        return encode(img, "jpg");
    }

    /** What the image host sends to pages of other sites: a small grey square, 120 pixels wide. */
    static byte[] placeholder() {
        BufferedImage img = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 120, 120);
        g.dispose();
        return encode(img, "png");
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
