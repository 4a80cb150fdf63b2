package org.kanbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.model.TagKind;
import org.kanbao.ui.article.ArticleViewModel;
import org.kanbao.ui.common.Tasks;
import org.kanbao.ui.pagelayout.PageLayoutViewModel;
import org.kanbao.ui.search.SearchViewModel;
import org.kanbao.ui.shell.EditionTreeViewModel;
import org.kanbao.ui.state.ReaderState;
import org.kanbao.ui.tags.TagNavigatorViewModel;

/** The shared view model and the feature view models, over a real library, without a window or toolkit. */
class ReaderStateTest {
    TestLibrary lib;
    ReaderState state;

    @BeforeEach
    void setUp() throws Exception {
        lib = new TestLibrary().withSeedAndOther();
        state = new ReaderState(lib.backend, Tasks.direct());
        state.reloadEditions(null);
    }

    @AfterEach
    void tearDown() throws Exception {
        lib.close();
    }

    @Test
    void opensTheNewestEditionOnItsFirstPage() {
        assertEquals(2, state.editions().size());
        assertEquals(state.editions().get(0), state.editionProperty().get());
        assertNotNull(state.pageProperty().get());
        assertFalse(state.pageArticles().isEmpty());
        assertNull(state.articleProperty().get());
    }

    @Test
    void openingAnArticleElsewhereBringsItsPageAndEditionAlong() {
        StoredArticle a = lib.articleContaining("医保");
        assertTrue(state.pageProperty().get().id() != a.pageId(), "the seed page is not the one opened first");
        state.openArticle(a.id());
        assertEquals(a.id(), state.articleProperty().get().id());
        assertEquals(a.pageId(), state.pageProperty().get().id());
        assertEquals(a.editionId(), state.editionProperty().get().id());
        assertTrue(state.pageArticles().stream().anyMatch(x -> x.id() == a.id()));
    }

    @Test
    void followingAJumpOpensTheOtherPartOfTheStory() throws Exception {
        try (TestLibrary sample = new TestLibrary()) {
            var s = sample.backend.importFiles(org.kanbao.Assets.samplePdfs(), org.kanbao.ui.state.ReaderBackend.Progress.NONE, () -> false);
            assertTrue(s.pages() >= 2, "sample edition imported: " + s);
            ReaderState st = new ReaderState(sample.backend, Tasks.direct());
            st.reloadEditions(null);
            StoredArticle from = null;
            for (var p : sample.backend.pages(st.editionProperty().get().id())) {
                for (var a : sample.backend.articles(p.id())) {
                    var j = a.article().jump();
                    if (from == null && j != null && j.direction() == org.kanbao.model.Jump.Direction.TO) from = a;
                }
            }
            assertNotNull(from, "the sample edition has a story continued on another page");
            st.openArticle(from.id());
            new ArticleViewModel(st).followJump();
            StoredArticle to = st.articleProperty().get();
            assertNotNull(to, "the continuation is opened, not only its page");
            assertEquals(from.article().jump().page(), st.pageProperty().get().number());
            assertEquals(to.pageId(), st.pageProperty().get().id());
            assertEquals(org.kanbao.model.Jump.Direction.FROM, to.article().jump().direction());
            assertEquals(from.pageNumber(), to.article().jump().page());
            assertEquals(from.article().headline(), to.article().headline());
            // and back again
            new ArticleViewModel(st).followJump();
            assertEquals(from.id(), st.articleProperty().get().id());
        }
    }

    @Test
    void theOpenPagesUnplacedTextIsThereForReview() throws Exception {
        // the sample's front page carries a public-service notice that belongs to no article
        java.nio.file.Path file = org.kanbao.Assets.samplePdfs().get(0);
        List<String> expected = org.kanbao.ingest.Parsers.forFile(file).parse(file, org.kanbao.ingest.ImportHints.NONE).get(0).unplaced();
        assertFalse(expected.isEmpty(), "the fixture has text the parser leaves unplaced");
        try (TestLibrary other = new TestLibrary()) {
            other.backend.importFiles(List.of(file), org.kanbao.ui.state.ReaderBackend.Progress.NONE, () -> false);
            ReaderState st = new ReaderState(other.backend, Tasks.direct());
            st.reloadEditions(null);
            PageLayoutViewModel page = new PageLayoutViewModel(st);
            assertEquals(expected, page.unplaced().passages());
            assertEquals(String.join("\n\n", expected), page.unplaced().text());
        }
        // a page without any: nothing to review
        PageLayoutViewModel seedPage = new PageLayoutViewModel(state);
        state.openArticle(lib.articleContaining("医保").id());
        assertTrue(seedPage.unplaced().passages().isEmpty());
    }

    @Test
    void stepsThroughArticlesAndAcrossTheEndOfThePage() {
        state.stepArticle(1);
        StoredArticle first = state.pageArticles().get(0);
        assertEquals(first.id(), state.articleProperty().get().id());
        state.stepArticle(1);
        assertEquals(state.pageArticles().get(1).id(), state.articleProperty().get().id());
        state.stepArticle(-1);
        assertEquals(first.id(), state.articleProperty().get().id());
    }

    @Test
    void searchFindsTheArticleAndMarksItOnThePage() {
        StoredArticle a = lib.articleContaining("医保");
        SearchViewModel search = new SearchViewModel(state);
        PageLayoutViewModel page = new PageLayoutViewModel(state);
        search.search("医保");
        assertTrue(search.activeProperty().get());
        assertTrue(search.hits().stream().anyMatch(h -> h.articleId() == a.id()));
        var hit = search.hits().stream().filter(h -> h.articleId() == a.id()).findFirst().orElseThrow();
        assertTrue(hit.snippet().stream().anyMatch(r -> r.hit() && r.text().equals("医保")), "snippet marks the word");
        search.open(hit);
        var box = page.modelProperty().get().boxes().stream().filter(b -> b.articleId() == a.id()).findFirst().orElseThrow();
        assertTrue(box.hit() && box.selected());
        assertEquals(1, page.modelProperty().get().boxes().stream().filter(PageLayoutViewModel.Box::selected).count());
        search.clear();
        assertFalse(search.activeProperty().get());
        assertTrue(page.modelProperty().get().boxes().stream().noneMatch(PageLayoutViewModel.Box::hit));
    }

    @Test
    void choosingATagNarrowsEditionsAndDimsOtherArticles() {
        StoredArticle a = lib.articleContaining("医保");
        Tag t = lib.backend.addManualTag(a.id(), "跨省办事");
        TagNavigatorViewModel tags = new TagNavigatorViewModel(state);
        EditionTreeViewModel tree = new EditionTreeViewModel(state);
        PageLayoutViewModel page = new PageLayoutViewModel(state);
        assertEquals(2, tree.papers().stream().mapToInt(p -> p.years().size() + p.undated().size()).sum());
        Tag listed = tags.tags(TagKind.MANUAL).get(0);
        assertEquals(t.id(), listed.id());
        assertEquals(1, listed.count());
        tags.choose(List.of(listed));
        assertEquals(java.util.Set.of(a.id()), state.narrowedProperty().get().articleIds());
        assertEquals(1, tree.papers().stream().mapToInt(p -> p.years().size() + p.undated().size()).sum(),
                "only the seed page's edition is left");
        state.openArticle(a.id());
        var boxes = page.modelProperty().get().boxes();
        assertTrue(boxes.stream().filter(b -> b.articleId() != a.id()).allMatch(PageLayoutViewModel.Box::dimmed));
        assertFalse(boxes.stream().filter(b -> b.articleId() == a.id()).findFirst().orElseThrow().dimmed());
        tags.clear();
        assertNull(state.narrowedProperty().get());
    }

    @Test
    void articlePaneAddsAndRemovesTagsAndChecksForExport() {
        StoredArticle a = lib.articleContaining("医保");
        ArticleViewModel vm = new ArticleViewModel(state);
        state.openArticle(a.id());
        // the tag service tagged the article on import; a manual tag comes and goes on top of those
        List<Tag> before = List.copyOf(vm.tags());
        assertTrue(before.stream().noneMatch(t -> t.kind() == TagKind.MANUAL));
        vm.addTag("跨省通办");
        Tag added = vm.tags().stream().filter(t -> t.kind() == TagKind.MANUAL).findFirst().orElseThrow();
        assertEquals("跨省通办", added.name());
        assertEquals(before.size() + 1, vm.tags().size());
        vm.removeTag(added);
        assertEquals(before.stream().map(Tag::id).toList(), vm.tags().stream().map(Tag::id).toList());
        assertFalse(vm.checkedProperty().get());
        vm.toggleChecked();
        assertTrue(vm.checkedProperty().get());
        assertEquals(List.of(a.id()), List.copyOf(state.checked()));
    }

    @Test
    void zoomStepsAndFitsStayWithinBounds() {
        PageLayoutViewModel page = new PageLayoutViewModel(state);
        var m = page.modelProperty().get();
        page.applyFit(1000, 700);
        assertEquals((700 - 16) / m.height(), page.scaleProperty().get(), 1e-9);
        page.setFit(PageLayoutViewModel.Fit.WIDTH);
        page.applyFit(1000, 700);
        assertEquals((1000 - 16) / m.width(), page.scaleProperty().get(), 1e-9);
        double s = page.scaleProperty().get();
        page.zoomIn();
        assertEquals(PageLayoutViewModel.Fit.NONE, page.fitProperty().get());
        assertTrue(page.scaleProperty().get() > s);
        for (int i = 0; i < 50; i++) page.zoomIn();
        assertEquals(8, page.scaleProperty().get(), 1e-9);
    }

    @Test
    void aStaleAnswerNeverOverwritesANewerChoice() {
        // Queue the work instead of running it, then deliver the answers out of order.
        List<Runnable> queued = new java.util.ArrayList<>();
        Tasks deferred = new Tasks() {
            @Override
            protected <T> Handle submit(Work<T> work, boolean longRunning, java.util.function.Consumer<T> ok,
                                        java.util.function.Consumer<Throwable> err) {
                queued.add(() -> {
                    try {
                        ok.accept(work.call(new Context() {
                            public void progress(long d, long t, String m) {
                            }

                            public boolean isCancelled() {
                                return false;
                            }
                        }));
                    } catch (Exception e) {
                        err.accept(e);
                    }
                });
                return null;
            }

            @Override
            public void awaitIdle(long millis) {
            }

            @Override
            public void shutdown() {
            }
        };
        ReaderState s = new ReaderState(lib.backend, deferred);
        var eds = lib.backend.editions();
        s.openEdition(eds.get(0));
        s.openEdition(eds.get(1));
        queued.get(1).run();
        queued.get(0).run();
        assertEquals(eds.get(1), s.editionProperty().get());
    }

    @Test
    void aSecondWindowGetsTheLibraryReadOnlyAndCannotEditTags() throws Exception {
        java.nio.file.Path file = lib.dir.resolve("t.kanbao");
        try (org.kanbao.store.InstanceLock first = org.kanbao.store.InstanceLock.tryAcquire(file)) {
            assertNotNull(first, "the first window takes the lock");
            assertNull(org.kanbao.store.InstanceLock.tryAcquire(file), "a second one does not get it");
        }
        assertFalse(lib.backend.isReadOnly());
        try (org.kanbao.Kanbao second = org.kanbao.Kanbao.open(file, true)) {
            var ro = new org.kanbao.ui.state.LibraryBackend(second);
            assertTrue(ro.isReadOnly());
            ReaderState roState = new ReaderState(ro, Tasks.direct());
            roState.reloadEditions(null);
            assertEquals(2, roState.editions().size(), "it still reads everything");
            StoredArticle a = lib.articleContaining("医保");
            ArticleViewModel vm = new ArticleViewModel(roState);
            roState.openArticle(a.id());
            assertFalse(vm.editable());
            int before = vm.tags().size();
            vm.addTag("跨省通办");
            assertEquals(before, vm.tags().size());
            assertTrue(lib.backend.tagsOf(a.id()).stream().noneMatch(t -> t.name().equals("跨省通办")));
        }
    }

    @Test
    void pdfPagesGetRealThumbnailsAndTextPagesNone() throws Exception {
        try (TestLibrary pdfLib = new TestLibrary()) {
            var summary = pdfLib.backend.importFiles(List.of(org.kanbao.testing.Fixtures.pd().resolve("pd-20191008-A-p01.pdf")),
                    org.kanbao.ui.state.ReaderBackend.Progress.NONE, () -> false);
            assertEquals(1, summary.pages());
            ReaderState s = new ReaderState(pdfLib.backend, Tasks.direct());
            s.reloadEditions(null);
            PageLayoutViewModel page = new PageLayoutViewModel(s);
            long pageId = s.pageProperty().get().id();
            var thumb = page.thumbnails().get(pageId);
            assertNotNull(thumb, "the PDF page has a thumbnail");
            var img = javax.imageio.ImageIO.read(thumb.toFile());
            assertTrue(img.getWidth() > 50 && img.getHeight() > img.getWidth(), "a portrait page image, not an icon");
        }
        // the text-only pages of the shared library have no image to show
        PageLayoutViewModel textPages = new PageLayoutViewModel(state);
        assertTrue(textPages.thumbnails().isEmpty());
    }
}
