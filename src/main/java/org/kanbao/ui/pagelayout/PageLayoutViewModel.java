package org.kanbao.ui.pagelayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.SetChangeListener;
import org.kanbao.model.Article;
import org.kanbao.model.Edition;
import org.kanbao.model.Page;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Zone;
import org.kanbao.ui.state.ReaderBackend.Narrowed;
import org.kanbao.ui.state.ReaderState;

/**
 * What the page-layout view draws: the page's size, its image (or none: schematic), and one box per
 * article with its state (selected, search hit, checked for export, outside the tag narrowing).
 * Also holds the zoom, so fit and step zoom are testable without a window.
 */
public final class PageLayoutViewModel {
    /** How the zoom follows the viewport. */
    public enum Fit { PAGE, WIDTH, NONE }

    /** One article on the page. */
    public record Box(long articleId, Zone zone, String headline, String kicker, boolean photo, int length,
                      boolean selected, boolean hit, boolean checked, boolean dimmed) {
    }

    /** The page as drawn. */
    public record PageModel(Page page, String paper, String date, double width, double height, Path image,
                            boolean schematic, List<Box> boxes, boolean imageChecked) {
    }

    static final double MIN_SCALE = 0.1;
    static final double MAX_SCALE = 8;
    static final double STEP = 1.2;

    private final ReaderState state;
    private final UnplacedTextViewModel unplaced;
    private final ReadOnlyObjectWrapper<PageModel> model = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final ObjectProperty<Fit> fit = new SimpleObjectProperty<>(Fit.PAGE);
    private Path image;
    private long imagePageId = -1;
    private int imageGeneration;
    private final ObservableMap<Long, Path> thumbnails = FXCollections.observableHashMap();
    private int thumbGeneration;

    public PageLayoutViewModel(ReaderState state) {
        this.state = state;
        this.unplaced = new UnplacedTextViewModel(state);
        state.pageProperty().addListener((o, a, b) -> loadImage(b));
        Observable[] deps = {state.pageArticles(), state.articleProperty(), state.resultsProperty(), state.narrowedProperty()};
        for (Observable d : deps) d.addListener(x -> rebuild());
        state.checked().addListener((SetChangeListener<Long>) c -> rebuild());
        loadImage(state.pageProperty().get());
        state.pages().addListener((ListChangeListener<Page>) c -> loadThumbnails());
        loadThumbnails();
    }

    /** Text of the open page that no article holds. */
    public UnplacedTextViewModel unplaced() {
        return unplaced;
    }

    /** Thumbnails of the edition's pages, rendered (or read from the cache) in one background task. */
    private void loadThumbnails() {
        int gen = ++thumbGeneration;
        List<Page> pages = List.copyOf(state.pages());
        if (pages.stream().noneMatch(Page::isPdf)) return;
        state.tasks().create(() -> {
            java.util.Map<Long, Path> found = new java.util.HashMap<>();
            for (Page p : pages) {
                Path t = state.backend().pageThumbnail(p);
                if (t != null) found.put(p.id(), t);
            }
            return found;
        }).onSuccess(found -> {
            if (gen == thumbGeneration) thumbnails.putAll(found);
        }).start();
    }

    /** Page id → thumbnail file, for the pages that have one so far. */
    public ObservableMap<Long, Path> thumbnails() {
        return thumbnails;
    }

    private void loadImage(Page p) {
        int gen = ++imageGeneration;
        if (p == null) {
            image = null;
            imagePageId = -1;
            rebuild();
            return;
        }
        state.tasks().create(() -> state.backend().pageImage(p)).onSuccess(img -> {
            if (gen != imageGeneration) return;
            image = img;
            imagePageId = p.id();
            rebuild();
        }).onError(e -> {
            if (gen != imageGeneration) return;
            image = null;
            imagePageId = p.id();
            rebuild();
        }).start();
    }

    private void rebuild() {
        Page p = state.pageProperty().get();
        if (p == null) {
            model.set(null);
            return;
        }
        Path img = imagePageId == p.id() ? image : null;
        List<StoredArticle> arts = state.pageArticles().stream().filter(a -> a.pageId() == p.id()).toList();
        boolean zoned = !arts.isEmpty() && arts.stream().allMatch(a -> usable(a.article().zone()));
        boolean schematic = !zoned && img == null;
        double w = p.width() > 0 && !schematic ? p.width() : SchematicLayout.WIDTH;
        double h = p.height() > 0 && !schematic ? p.height() : SchematicLayout.HEIGHT;
        List<Zone> zones;
        if (zoned) {
            zones = arts.stream().map(a -> a.article().zone()).toList();
        } else if (schematic) {
            zones = SchematicLayout.layout(arts.stream().map(a -> length(a.article())).toList(), p.number() == 1);
        } else {
            zones = arts.stream().map(a -> a.article().zone()).toList(); // image without zones: some are null
        }
        StoredArticle sel = state.articleProperty().get();
        Set<Long> hits = state.hitArticleIds();
        Narrowed nar = state.narrowedProperty().get();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < arts.size(); i++) {
            StoredArticle s = arts.get(i);
            Zone z = zones.get(i);
            if (!usable(z)) continue;
            Article a = s.article();
            boxes.add(new Box(s.id(), z, a.headline().isEmpty() ? a.title() : a.headline(), a.kicker(),
                    a.kind() == org.kanbao.model.ArticleKind.PHOTO, length(a), sel != null && sel.id() == s.id(),
                    hits.contains(s.id()), state.checked().contains(s.id()),
                    nar != null && !nar.articleIds().contains(s.id())));
        }
        Edition e = state.editionProperty().get();
        String paper = arts.isEmpty() ? (e == null ? "" : e.paper()) : arts.get(0).paper();
        String date = e == null || e.date() == null ? "" : e.date().toString();
        model.set(new PageModel(p, paper, date, w, h, img, schematic, List.copyOf(boxes), imagePageId == p.id()));
    }

    private static boolean usable(Zone z) {
        return z != null && z.w() > 0 && z.h() > 0;
    }

    private static int length(Article a) {
        return a.title().length() + a.lead().length() + a.bodyText().length();
    }

    /** The article under a point in page units, the smallest box winning where boxes overlap. */
    public Box boxAt(double x, double y) {
        PageModel m = model.get();
        if (m == null) return null;
        Box best = null;
        for (Box b : m.boxes()) {
            if (b.zone().contains(x, y) && (best == null || b.zone().area() < best.zone().area())) best = b;
        }
        return best;
    }

    public void select(long articleId) {
        state.openArticle(articleId);
    }

    public void toggleChecked(long articleId) {
        state.toggleChecked(articleId);
    }

    // ---- zoom -------------------------------------------------------------------------------

    public void zoomIn() {
        fit.set(Fit.NONE);
        scale.set(clamp(scale.get() * STEP));
    }

    public void zoomOut() {
        fit.set(Fit.NONE);
        scale.set(clamp(scale.get() / STEP));
    }

    /** Zoom by a wheel's factor around nothing in particular (the view keeps the point under the mouse). */
    public void zoomBy(double factor) {
        fit.set(Fit.NONE);
        scale.set(clamp(scale.get() * factor));
    }

    public void setFit(Fit f) {
        fit.set(f);
    }

    /** Applies the fit mode for a viewport of this size (called by the view when either changes). */
    public void applyFit(double viewportW, double viewportH) {
        PageModel m = model.get();
        if (m == null || viewportW <= 0 || viewportH <= 0) return;
        double pad = 16;
        switch (fit.get()) {
            case PAGE -> scale.set(clamp(Math.min((viewportW - pad) / m.width(), (viewportH - pad) / m.height())));
            case WIDTH -> scale.set(clamp((viewportW - pad) / m.width()));
            case NONE -> { }
        }
    }

    static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    public ReadOnlyObjectProperty<PageModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<Fit> fitProperty() {
        return fit;
    }

    // ---- pages of the edition ----------------------------------------------------------------

    public javafx.collections.ObservableList<Page> pages() {
        return state.pages();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return state.pageProperty();
    }

    public void openPage(Page p) {
        if (p != null && (state.pageProperty().get() == null || state.pageProperty().get().id() != p.id())) {
            state.openPage(p.id(), null);
        }
    }

    public void nextPage() {
        state.stepPage(1);
    }

    public void previousPage() {
        state.stepPage(-1);
    }
}
