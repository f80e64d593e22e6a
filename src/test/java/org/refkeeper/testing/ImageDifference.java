package org.refkeeper.testing;

import java.awt.image.BufferedImage;

/** How far two renderings of a page are apart, as a reader would judge it at a glance. */
public final class ImageDifference {
    /**
     * The most the restored page may differ from the capture's screenshot, as a share of the grey scale.
     * Measured on the test article (1280 x 4705 px): 0.00048, all of it the banner (without it, 0.00000);
     * with one of its three pictures missing 0.0036, with the text hidden 0.020, without the style sheet
     * 0.071. So 0.0015: three times what the banner costs, under half of what one missing picture does.
     */
    public static final double TOLERANCE = 0.0015;

    private ImageDifference() {
    }

    /**
     * The mean absolute difference in grey (0 = the same, 1 = black against white) over the area both
     * images cover, after shrinking both by {@code factor}: shrinking forgives anti-aliasing and
     * sub-pixel text placement, which carry no meaning.
     */
    public static double meanGreyDifference(BufferedImage a, BufferedImage b, int factor) {
        int width = Math.min(a.getWidth(), b.getWidth()) / factor;
        int height = Math.min(a.getHeight(), b.getHeight()) / factor;
        double sum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                sum += Math.abs(grey(a, x, y, factor) - grey(b, x, y, factor));
            }
        }
        return sum / (width * (double) height) / 255;
    }

    private static double grey(BufferedImage image, int cx, int cy, int factor) {
        double sum = 0;
        for (int y = cy * factor; y < (cy + 1) * factor; y++) {
            for (int x = cx * factor; x < (cx + 1) * factor; x++) {
                int rgb = image.getRGB(x, y);
                sum += 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return sum / (factor * factor);
    }
}
