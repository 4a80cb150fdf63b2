package org.kanbao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kanbao.ingest.ImportException;
import org.kanbao.model.Zone;
import org.kanbao.testing.Fixtures;

class PageImagesTest {
    @TempDir
    Path data;

    @Test
    void rendersCachesThumbnailsAndCrops() throws Exception {
        Path pdf = Fixtures.pd().resolve("pd-20191010-mix.pdf");
        PageImages images = new PageImages(data);
        Path png = images.render(pdf, 1, 150);
        assertTrue(png.startsWith(data.resolve("images")), png.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        // 992 x 1417 pt at 150 dpi
        assertEquals(992 * 150 / 72.0, img.getWidth(), 3);
        assertEquals(1417 * 150 / 72.0, img.getHeight(), 3);
        assertTrue(hasInk(img), "the page is not blank");

        long stamp = Files.getLastModifiedTime(png).toMillis();
        assertEquals(png, images.render(pdf, 1, 150), "cached by content hash");
        assertEquals(stamp, Files.getLastModifiedTime(png).toMillis(), "not rendered twice");
        assertTrue(!images.render(pdf, 2, 150).equals(png), "each page its own image");

        BufferedImage thumb = ImageIO.read(images.thumbnail(pdf, 1).toFile());
        assertEquals(PageImages.THUMBNAIL_WIDTH, thumb.getWidth(), 1);

        BufferedImage clip = images.crop(pdf, 1, new Zone(32, 76, 550, 300), 100);
        assertEquals(550 * 100 / 72.0, clip.getWidth(), 2);
        assertEquals(300 * 100 / 72.0, clip.getHeight(), 2);
        assertTrue(hasInk(clip));
    }

    @Test
    void pageOutsideTheDocumentIsAClearError() {
        PageImages images = new PageImages(data);
        ImportException e = assertThrows(ImportException.class,
                () -> images.render(Fixtures.pd().resolve("pd-20191008-A-p01.pdf"), 3, 72));
        assertTrue(e.getMessage().contains("no page 4"), e.getMessage());
    }

    private static boolean hasInk(BufferedImage img) {
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                if (lum < 300) dark++;
            }
        }
        return dark > 50;
    }
}
