package org.kanbao.ui.state;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.kanbao.model.Edition;
import org.kanbao.model.Jump;
import org.kanbao.model.Page;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tasks;
import org.kanbao.ui.state.ReaderBackend.Narrowed;
import org.kanbao.ui.state.ReaderBackend.SearchResult;
import org.kanbao.ui.state.ReaderBackend.Sort;

/**
 * The one shared view model: what the reader has open and chosen. Every view reads and changes the
 * reading position only through here, so selecting an article anywhere updates all views and views
 * never talk to each other. Loading goes through {@link Tasks}; a result that arrives after a newer
 * request was made is dropped, so fast clicking never shows a stale page.
 */
public final class ReaderState {
    public static final int RESULT_LIMIT = 500;

    private final ReaderBackend backend;
    private final Tasks tasks;

    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Edition> edition = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StoredArticle> pageArticles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoredArticle> article = new ReadOnlyObjectWrapper<>();

    private final ObservableList<Tag> activeTags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Narrowed> narrowed = new ReadOnlyObjectWrapper<>();

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.RELEVANCE);
    private final ReadOnlyObjectWrapper<SearchResult> results = new ReadOnlyObjectWrapper<>();

    private final ObservableSet<Long> checked = FXCollections.observableSet(new LinkedHashSet<>());
    /** Bumped whenever the library's content changed (import, tags), so views reload what they show. */
    private final IntegerProperty libraryVersion = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");

    private int navGeneration;
    private int searchGeneration;
    private int narrowGeneration;

    public ReaderState(ReaderBackend backend, Tasks tasks) {
        this.backend = backend;
        this.tasks = tasks;
        sort.addListener((o, a, b) -> runSearch());
    }

    public ReaderBackend backend() {
        return backend;
    }

    public Tasks tasks() {
        return tasks;
    }

    // ---- reading position -------------------------------------------------------------------

    /** Reloads the editions list; then opens {@code thenOpen} (or keeps the position, or opens the newest). */
    public void reloadEditions(Long thenOpenEdition) {
        tasks.create(backend::editions).onSuccess(list -> {
            editions.setAll(list);
            if (thenOpenEdition != null) {
                list.stream().filter(e -> e.id() == thenOpenEdition).findFirst().ifPresent(this::openEdition);
            } else if (edition.get() == null && !list.isEmpty()) {
                openEdition(list.get(0));
            }
        }).start();
    }

    /** Opens the first page of an edition. */
    public void openEdition(Edition e) {
        int gen = ++navGeneration;
        tasks.create(() -> {
            List<Page> ps = backend.pages(e.id());
            Page first = ps.isEmpty() ? null : ps.get(0);
            return new Position(e, ps, first, first == null ? List.of() : backend.articles(first.id()), null);
        }).onSuccess(p -> apply(gen, p)).start();
    }

    /** Opens a page and, when given, one of its articles. */
    public void openPage(long pageId, Long articleId) {
        openPageChoosing(pageId, arts -> articleId == null ? null
                : arts.stream().filter(x -> x.id() == articleId).findFirst().orElse(null));
    }

    /** Opens a page and, of its articles (read in the background), the one {@code choose} picks, or none. */
    private void openPageChoosing(long pageId, java.util.function.Function<List<StoredArticle>, StoredArticle> choose) {
        int gen = ++navGeneration;
        Edition current = edition.get();
        List<Page> currentPages = List.copyOf(pages);
        tasks.create(() -> {
            Page p = backend.page(pageId).orElse(null);
            if (p == null) return null;
            Edition e = current != null && current.id() == p.editionId() ? current : findEdition(p.editionId());
            List<Page> ps = current != null && current.id() == p.editionId() ? currentPages : backend.pages(p.editionId());
            List<StoredArticle> arts = backend.articles(p.id());
            return new Position(e, ps, p, arts, choose.apply(arts));
        }).onSuccess(p -> {
            if (p != null) apply(gen, p);
        }).start();
    }

    /** Opens an article wherever it is, bringing its page along. */
    public void openArticle(long articleId) {
        Page p = page.get();
        Optional<StoredArticle> here = pageArticles.stream().filter(a -> a.id() == articleId).findFirst();
        if (p != null && here.isPresent()) {
            ++navGeneration;
            article.set(here.get());
            return;
        }
        int gen = ++navGeneration;
        tasks.create(() -> backend.article(articleId).orElse(null)).onSuccess(a -> {
            if (a != null && gen == navGeneration) openPage(a.pageId(), a.id());
        }).start();
    }

    private Edition findEdition(long id) {
        for (Edition e : editions) if (e.id() == id) return e;
        return backend.editions().stream().filter(e -> e.id() == id).findFirst().orElse(null);
    }

    private record Position(Edition edition, List<Page> pages, Page page, List<StoredArticle> articles,
                            StoredArticle article) {
    }

    private void apply(int gen, Position p) {
        if (gen != navGeneration) return;
        if (!pages.equals(p.pages())) pages.setAll(p.pages());
        edition.set(p.edition());
        pageArticles.setAll(p.articles());
        page.set(p.page());
        article.set(p.article());
    }

    public void selectArticle(StoredArticle a) {
        ++navGeneration;
        article.set(a);
    }

    /** Next (+1) or previous (-1) article on the page; moves across pages at either end. */
    public void stepArticle(int delta) {
        if (pageArticles.isEmpty()) return;
        int i = article.get() == null ? -1 : indexOf(article.get().id());
        int next = i < 0 ? (delta > 0 ? 0 : pageArticles.size() - 1) : i + delta;
        if (next >= 0 && next < pageArticles.size()) {
            selectArticle(pageArticles.get(next));
        } else {
            stepPage(delta);
        }
    }

    private int indexOf(long articleId) {
        for (int i = 0; i < pageArticles.size(); i++) if (pageArticles.get(i).id() == articleId) return i;
        return -1;
    }

    /** Next (+1) or previous (-1) page of the edition. */
    public void stepPage(int delta) {
        Page p = page.get();
        if (p == null) return;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id() == p.id()) {
                int j = i + delta;
                if (j >= 0 && j < pages.size()) openPage(pages.get(j).id(), null);
                return;
            }
        }
    }

    /** Follows a jump line (下转第N版 / 上接第N版) to page N of the same edition. */
    /**
     * Follows an article's jump line (下转 / 上接) to the page it names and opens the other part of the story there:
     * the article that jumps back to this page, the one with the same headline first; only the page when none does.
     */
    public boolean followJump(StoredArticle from) {
        Jump j = from.article().jump();
        Page p = j == null ? null : pageNumbered(j.page());
        if (p != null) openPageChoosing(p.id(), arts -> JumpLinks.counterpart(from, arts));
        return p != null;
    }

    private Page pageNumbered(int number) {
        for (Page p : pages) {
            if (p.number() == number) return p;
        }
        status.set(Messages.get("page.missing", number));
        return null;
    }

    // ---- search -----------------------------------------------------------------------------

    /** Sets the query and searches; a blank query clears the results (navigation comes back). */
    public void search(String q) {
        query.set(q == null ? "" : q.strip());
        runSearch();
    }

    private void runSearch() {
        String q = query.get();
        int gen = ++searchGeneration;
        if (q == null || q.isBlank()) {
            results.set(null);
            return;
        }
        Sort s = sort.get();
        tasks.create(() -> backend.search(q, s, RESULT_LIMIT)).onSuccess(r -> {
            if (gen == searchGeneration) results.set(r);
        }).start();
    }

    public boolean isSearchActive() {
        return results.get() != null;
    }

    /** Terms to mark in the article and on the page, empty without an active search. */
    public List<String> hitTerms() {
        SearchResult r = results.get();
        return r == null ? List.of() : r.terms();
    }

    /** Ids of the articles the current search found (of the listed hits). */
    public Set<Long> hitArticleIds() {
        SearchResult r = results.get();
        return r == null ? Set.of() : r.hits().stream().map(ReaderBackend.SearchHit::articleId).collect(Collectors.toSet());
    }

    // ---- tags -------------------------------------------------------------------------------

    public void setActiveTags(List<Tag> tags) {
        if (tags.equals(activeTags)) return;
        activeTags.setAll(tags);
        refreshNarrowing();
    }

    public void refreshNarrowing() {
        int gen = ++narrowGeneration;
        if (activeTags.isEmpty()) {
            narrowed.set(null);
            return;
        }
        Set<Long> ids = activeTags.stream().map(Tag::id).collect(Collectors.toCollection(LinkedHashSet::new));
        tasks.create(() -> backend.narrow(ids)).onSuccess(n -> {
            if (gen == narrowGeneration) narrowed.set(n);
        }).start();
    }

    // ---- export selection -------------------------------------------------------------------

    public void toggleChecked(long articleId) {
        if (!checked.remove(articleId)) checked.add(articleId);
    }

    public void setChecked(long articleId, boolean on) {
        if (on) checked.add(articleId);
        else checked.remove(articleId);
    }

    /** Tells views the library changed (after an import or a tag edit). */
    public void libraryChanged() {
        libraryVersion.set(libraryVersion.get() + 1);
        refreshNarrowing();
        runSearch();
    }

    // ---- properties -------------------------------------------------------------------------

    public ObservableList<Edition> editions() {
        return editions;
    }

    public ReadOnlyObjectProperty<Edition> editionProperty() {
        return edition.getReadOnlyProperty();
    }

    public ObservableList<Page> pages() {
        return pages;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ObservableList<StoredArticle> pageArticles() {
        return pageArticles;
    }

    public ReadOnlyObjectProperty<StoredArticle> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ObservableList<Tag> activeTags() {
        return activeTags;
    }

    public ReadOnlyObjectProperty<Narrowed> narrowedProperty() {
        return narrowed.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public ReadOnlyObjectProperty<SearchResult> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ObservableSet<Long> checked() {
        return checked;
    }

    public IntegerProperty libraryVersionProperty() {
        return libraryVersion;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
