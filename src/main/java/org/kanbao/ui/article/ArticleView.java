package org.kanbao.ui.article;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kanbao.model.Article;
import org.kanbao.model.BodyBlock;
import org.kanbao.model.StoredArticle;
import org.kanbao.model.Tag;
import org.kanbao.ui.common.Icons;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tips;
import org.kanbao.ui.state.Highlights;
import org.kanbao.ui.state.ReaderBackend.SnippetRun;

/** The right pane: the article set like a newspaper, with its tags and the export check. */
public final class ArticleView extends BorderPane {
    private final ArticleViewModel vm;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final FlowPane tagPane = new FlowPane(6, 6);
    private final Label placeholder = new Label(Messages.get("article.empty"));
    private final ToggleButton check = new ToggleButton(Messages.get("export.checkShort"), Icons.of(Icons.UNCHECKED));

    public ArticleView(ArticleViewModel vm) {
        this.vm = vm;
        getStyleClass().add("article-pane");
        content.getStyleClass().add("article");
        content.styleProperty().bind(Bindings.format("-fx-font-size: %.0fpx;", vm.fontSizeProperty()));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("article-scroll");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        setTop(toolbar());
        setCenter(new StackPane(scroll, placeholder));
        vm.articleProperty().addListener((o, a, b) -> render());
        vm.resultsProperty().addListener((o, a, b) -> render());
        vm.tags().addListener((javafx.collections.ListChangeListener<Tag>) c -> renderTags());
        render();
    }

    private ToolBar toolbar() {
        check.setId("article-check");
        check.setFocusTraversable(false);
        check.selectedProperty().bind(vm.checkedProperty());
        check.setOnAction(e -> vm.toggleChecked());
        vm.checkedProperty().addListener((o, a, b) -> check.setGraphic(Icons.of(b ? Icons.CHECKED : Icons.UNCHECKED)));
        Tips.lazy(check, Messages.get("export.checkTip"));
        check.disableProperty().bind(vm.articleProperty().isNull());
        Button prev = tool(Icons.PREV, "article.previous", vm::previous);
        Button next = tool(Icons.NEXT, "article.next", vm::next);
        Button smaller = tool(Icons.FONT_DOWN, "article.smaller", vm::smallerFont);
        Button bigger = tool(Icons.FONT_UP, "article.bigger", vm::biggerFont);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(prev, next, grow, check, smaller, bigger);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private static Button tool(String icon, String tip, Runnable r) {
        Button b = new Button(null, Icons.of(icon));
        Tips.lazy(b, Messages.get(tip));
        b.setOnAction(e -> r.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void render() {
        StoredArticle s = vm.articleProperty().get();
        placeholder.setVisible(s == null);
        scroll.setVisible(s != null);
        content.getChildren().clear();
        if (s == null) return;
        Article a = s.article();
        List<String> terms = vm.hitTerms();
        if (!a.kicker().isEmpty()) content.getChildren().add(flow(a.kicker(), terms, "kicker"));
        TextFlow headline = flow(a.headline().isEmpty() ? a.title() : a.headline(), terms, "headline");
        headline.setId("article-headline");
        content.getChildren().add(headline);
        if (!a.subtitle().isEmpty()) content.getChildren().add(flow("——" + a.subtitle(), terms, "subtitle"));
        String by = ArticleViewModel.bylineText(a);
        if (!by.isEmpty()) content.getChildren().add(label(by, "byline"));
        content.getChildren().add(label(ArticleViewModel.metaText(s), "meta"));
        if (a.jump() != null && a.jump().direction() == org.kanbao.model.Jump.Direction.FROM) content.getChildren().add(jump(a));
        boolean first = true;
        for (BodyBlock b : a.body()) {
            if (b.type() == BodyBlock.Type.SUBHEAD) {
                content.getChildren().add(flow(b.text(), terms, "subhead"));
            } else {
                String text = first && !a.lead().isEmpty() ? null : b.text();
                TextFlow p = text == null ? leadParagraph(a.lead(), b.text(), terms) : flow(text, terms, "paragraph");
                content.getChildren().add(p);
            }
            first = false;
        }
        if (a.body().isEmpty() && !a.lead().isEmpty()) content.getChildren().add(flow(a.lead(), terms, "lead"));
        if (a.continues()) content.getChildren().add(label(Messages.get("article.continues"), "meta"));
        if (a.jump() != null && a.jump().direction() == org.kanbao.model.Jump.Direction.TO) content.getChildren().add(jump(a));
        Label tagsTitle = new Label(Messages.get("article.tags"), Icons.of(Icons.TAGS));
        tagsTitle.getStyleClass().add("section-title");
        tagPane.getStyleClass().add("tag-chips");
        content.getChildren().addAll(tagsTitle, tagPane);
        renderTags();
        scroll.setVvalue(0);
    }

    /** The lead (本报讯…) set bold, running into the first paragraph. */
    private TextFlow leadParagraph(String lead, String text, List<String> terms) {
        TextFlow f = flow(text, terms, "paragraph");
        Text l = new Text(lead + "　");
        l.getStyleClass().add("lead");
        f.getChildren().add(0, l);
        return f;
    }

    private Hyperlink jump(Article a) {
        Hyperlink h = new Hyperlink(ArticleViewModel.jumpText(a));
        h.getStyleClass().add("jump");
        h.setId("article-jump");
        h.setOnAction(e -> vm.followJump());
        return h;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    /** Text with the search terms marked. */
    static TextFlow flow(String text, List<String> terms, String style) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add(style);
        for (SnippetRun r : Highlights.mark(text, terms)) {
            Text t = new Text(r.text());
            t.getStyleClass().add(r.hit() ? "hit" : "run");
            f.getChildren().add(t);
        }
        return f;
    }

    private void renderTags() {
        tagPane.getChildren().clear();
        if (vm.articleProperty().get() == null) return;
        for (Tag t : vm.tags()) tagPane.getChildren().add(chip(t));
        if (!vm.editable()) return;
        TextField add = new TextField();
        add.setId("tag-add");
        add.setPromptText(Messages.get("article.addTag"));
        add.setPrefColumnCount(8);
        add.setOnAction(e -> {
            vm.addTag(add.getText());
            add.clear();
        });
        Button plus = new Button(null, Icons.of(Icons.TAG_ADD));
        plus.setOnAction(e -> {
            vm.addTag(add.getText());
            add.clear();
        });
        HBox adder = new HBox(2, add, plus);
        adder.setAlignment(Pos.CENTER_LEFT);
        tagPane.getChildren().add(adder);
    }

    private Node chip(Tag t) {
        Label name = new Label(t.name());
        Button remove = new Button(null, Icons.of(Icons.CLOSE));
        remove.getStyleClass().add("chip-remove");
        Tips.lazy(remove, Messages.get("article.removeTag"));
        remove.setOnAction(e -> vm.removeTag(t));
        remove.setVisible(vm.editable());
        remove.setManaged(vm.editable());
        HBox chip = new HBox(2, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("chip", "chip-" + t.kind().code());
        Tips.lazy(chip, Messages.get("tagkind." + t.kind().code()));
        return chip;
    }
}
