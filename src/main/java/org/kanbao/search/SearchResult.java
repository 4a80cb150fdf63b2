package org.kanbao.search;

import java.util.List;

/** How many articles match in all, and the requested page of them. */
public record SearchResult(long total, List<SearchHit> hits) {
}
