package org.kanbao.search;

/** A piece of snippet text; {@code highlighted} pieces are the search hits. Render as styled text, never as markup. */
public record Run(String text, boolean highlighted) {
}
