package org.kanbao.ui.article;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kanbao.model.Article;
import org.kanbao.model.Byline;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.state.ReaderState;

/** The article pane's model: the open article, its tags, the export check and the reading size. */
public final class ArticleViewModel {
    public static final double MIN_FONT = 11;
    public static final double MAX_FONT = 30;

    private final ReaderState state;
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(16);
    private final BooleanBinding checked;
    private int tagGeneration;

    public ArticleViewModel(ReaderState state) {
        this.state = state;
        state.articleProperty().addListener((o, a, b) -> loadTags());
        state.libraryVersionProperty().addListener((o, a, b) -> loadTags());
        checked = Bindings.createBooleanBinding(() -> {
            StoredArticle a = state.articleProperty().get();
            return a != null && state.checked().contains(a.id());
        }, state.articleProperty(), state.checked());
        loadTags();
    }

    private void loadTags() {
        int gen = ++tagGeneration;
        StoredArticle a = state.articleProperty().get();
        if (a == null) {
            tags.clear();
            return;
        }
        state.tasks().create(() -> state.backend().tagsOf(a.id())).onSuccess(list -> {
            if (gen == tagGeneration) tags.setAll(list);
        }).start();
    }

    public ReadOnlyObjectProperty<StoredArticle> articleProperty() {
        return state.articleProperty();
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public void biggerFont() {
        fontSize.set(Math.min(MAX_FONT, fontSize.get() + 1));
    }

    public void smallerFont() {
        fontSize.set(Math.max(MIN_FONT, fontSize.get() - 1));
    }

    public BooleanBinding checkedProperty() {
        return checked;
    }

    public void toggleChecked() {
        StoredArticle a = state.articleProperty().get();
        if (a != null) state.toggleChecked(a.id());
    }

    /** Words to mark: those of the active search. */
    public List<String> hitTerms() {
        return state.hitTerms();
    }

    public ReadOnlyObjectProperty<?> resultsProperty() {
        return state.resultsProperty();
    }

    /** False when the library is read-only: tags are shown but not edited. */
    public boolean editable() {
        return !state.backend().isReadOnly();
    }

    public void addTag(String name) {
        StoredArticle a = state.articleProperty().get();
        if (!editable() || a == null || name == null || name.isBlank()) return;
        state.tasks().create(() -> state.backend().addManualTag(a.id(), name)).onSuccess(t -> state.libraryChanged()).start();
    }

    public void removeTag(Tag t) {
        StoredArticle a = state.articleProperty().get();
        if (a == null || !editable()) return;
        state.tasks().create(() -> {
            state.backend().removeTag(a.id(), t.id());
            return null;
        }).onSuccess(x -> state.libraryChanged()).start();
    }

    /** Follows the article's jump line to the other part of the story (or at least the page it names). */
    public void followJump() {
        StoredArticle a = state.articleProperty().get();
        if (a != null) state.followJump(a);
    }

    /** The jump line as printed, or "" without one. */
    public static String jumpText(Article a) {
        if (a.jump() == null) return "";
        return Messages.get(a.jump().direction() == org.kanbao.model.Jump.Direction.TO ? "article.jumpTo" : "article.jumpFrom",
                a.jump().page());
    }

    /** "记者 张三 李四　通讯员 王五". */
    public static String bylineText(Article a) {
        return a.bylines().stream().map(ArticleViewModel::byline).collect(Collectors.joining("　"));
    }

    private static String byline(Byline b) {
        String names = String.join(" ", b.names());
        return b.role().isEmpty() ? names : b.role() + " " + names;
    }

    /** "人民日报 · 2019-10-08 · 第3版 要闻". */
    public static String metaText(StoredArticle s) {
        String date = s.date() == null ? Messages.get("article.noDate") : s.date().toString();
        String section = s.section() == null || s.section().isBlank() ? "" : " " + s.section();
        return s.paper() + " · " + date + " · " + Messages.get("page.number", s.pageNumber()) + section;
    }

    public void next() {
        state.stepArticle(1);
    }

    public void previous() {
        state.stepArticle(-1);
    }
}
