package org.refkeeper.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** PNG figures drawn on the fly, so the demo ships no binary images: a real figure and WeChat's placeholder. */
public final class DemoImages {
    private DemoImages() {
    }

    /** A figure: bars in the given hue, distinct for each seed. */
    public static byte[] figure(int width, int height, int seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(245, 247, 250));
        g.fillRect(0, 0, width, height);
        Color hue = Color.getHSBColor((seed * 0.27f) % 1f, 0.6f, 0.8f);
        int bars = 6;
        for (int i = 0; i < bars; i++) {
            int h = height * (30 + ((seed * 31 + i * 17) % 60)) / 100;
            g.setColor(hue);
            g.fillRect(20 + i * (width - 40) / bars, height - 20 - h, (width - 40) / bars - 12, h);
        }
        g.dispose();
        return png(img);
    }

    /** What WeChat's image host sends to other sites: a small grey tile. */
    public static byte[] placeholder() {
        BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 64, 32);
        g.dispose();
        return png(img);
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
