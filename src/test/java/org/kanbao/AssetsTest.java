package org.kanbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsTest {
    @TempDir
    Path tmp;

    @Test
    void propertyWinsWhenItsFolderExists() throws Exception {
        Path given = Files.createDirectories(tmp.resolve("given"));
        Path cwd = Files.createDirectories(tmp.resolve("cwd/assets")).getParent();
        assertEquals(given, Assets.locate(given.toString(), cwd, null).orElseThrow());
    }

    @Test
    void missingPropertyFolderFallsBackToWorkingDirectory() throws Exception {
        Path cwd = Files.createDirectories(tmp.resolve("cwd/assets")).getParent();
        assertEquals(cwd.resolve("assets"), Assets.locate(tmp.resolve("nope").toString(), cwd, null).orElseThrow());
    }

    @Test
    void installedImageFindsAssetsNextToTheJar() throws Exception {
        // jpackage layout: <app>/lib/app/kanbao.jar with <app>/lib/app/assets
        Path appDir = Files.createDirectories(tmp.resolve("opt/kanbao/lib/app"));
        Path jar = Files.writeString(appDir.resolve("kanbao.jar"), "");
        Files.createDirectories(appDir.resolve("assets"));
        Path cwd = Files.createDirectories(tmp.resolve("home"));
        assertEquals(appDir.resolve("assets"), Assets.locate(null, cwd, jar).orElseThrow());
    }

    @Test
    void checkoutFindsAssetsAboveTarget() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(project.resolve("assets"));
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        assertEquals(project.resolve("assets"), Assets.locate(null, elsewhere, classes).orElseThrow());
    }

    @Test
    void nothingFoundIsEmpty() throws Exception {
        Path cwd = Files.createDirectories(tmp.resolve("empty"));
        assertFalse(Assets.locate(null, cwd, null).isPresent());
    }

    @Test
    void projectAssetsHoldFontsAndSampleEdition() {
        // Surefire runs in the project folder, so ./assets is found.
        assertTrue(Assets.font(Assets.REGULAR_FONT).isPresent());
        assertTrue(Assets.font(Assets.BOLD_FONT).isPresent());
        List<Path> pdfs = Assets.samplePdfs();
        List<Path> texts = Assets.sampleTexts();
        assertTrue(pdfs.size() >= 3, "sample pages: " + pdfs);
        assertEquals(pdfs.size(), texts.size());
        assertTrue(pdfs.get(0).getFileName().toString().endsWith("-p01.pdf"));
    }
}
