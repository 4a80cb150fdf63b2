package org.kanbao.ingest.common;

/** What a block of page text is, once classified. */
public enum BlockKind {
    /** A group of title lines (kicker, headline or subtitle); consecutive groups form one headline block. */
    HEADLINE,
    /** A credit line (■记者 X, ■摄影 X, a pen name). */
    BYLINE,
    /** One body paragraph (may open with a dateline lead). */
    BODY,
    /** A body paragraph opened by a later dispatch's dateline lead, inside the article before it. */
    DISPATCH,
    /** An in-body subhead (小标题). */
    SUBHEAD,
    /** A jump line (下转/上接). */
    JUMP,
    /** A photo caption. */
    CAPTION,
    /** Page header or masthead text; becomes page metadata. */
    FURNITURE,
    /** The end of one article: the next block starts another. */
    BREAK,
    /** Text no rule could place; kept in the page's unplaced list. */
    UNKNOWN
}
