package org.kanbao.ui.state;

import java.util.List;
import org.kanbao.model.Jump;
import org.kanbao.model.StoredArticle;

/** Which article on the page a jump line names is the other part of the story. */
final class JumpLinks {
    private JumpLinks() {
    }

    /**
     * Of the target page's articles, those that jump back to {@code from}'s page in the other direction (a 下转 meets
     * an 上接): the one with the same headline when there is one, else the only one, else none (ambiguous or absent).
     */
    static StoredArticle counterpart(StoredArticle from, List<StoredArticle> onPage) {
        Jump j = from.article().jump();
        if (j == null) return null;
        Jump.Direction back = j.direction() == Jump.Direction.TO ? Jump.Direction.FROM : Jump.Direction.TO;
        List<StoredArticle> links = onPage.stream().filter(a -> {
            Jump k = a.article().jump();
            return k != null && k.direction() == back && k.page() == from.pageNumber();
        }).toList();
        String headline = from.article().headline();
        for (StoredArticle a : links) {
            if (!headline.isBlank() && headline.equals(a.article().headline())) return a;
        }
        return links.size() == 1 ? links.get(0) : null;
    }
}
