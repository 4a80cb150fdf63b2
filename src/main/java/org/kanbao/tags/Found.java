package org.kanbao.tags;

import org.kanbao.model.TagKind;

/** A name found in one article, with how often it occurs there. */
public record Found(String name, TagKind kind, int count) {
}
