/**
 * Stages shared by the text-dump and PDF importers. Each is a small static class, pure and safe on
 * any input:
 * <ul>
 *   <li>{@link org.kanbao.ingest.common.TextCleanup}: stray spaces between CJK and digits/Latin,
 *       faux-bold doubled runs, joining wrapped lines, line width in em, sentence ends;</li>
 *   <li>{@link org.kanbao.ingest.common.PageHeader}: page header / masthead lines to page metadata;</li>
 *   <li>{@link org.kanbao.ingest.common.Bylines}, {@link org.kanbao.ingest.common.Leads},
 *       {@link org.kanbao.ingest.common.JumpLines}, {@link org.kanbao.ingest.common.Subheads}: recognisers;</li>
 *   <li>{@link org.kanbao.ingest.common.HeadlineSplitter}: a headline block to kicker / headline / subtitle;</li>
 *   <li>{@link org.kanbao.ingest.common.ArticleAssembler}: classified {@link org.kanbao.ingest.common.Block}s in
 *       headline-first reading order to articles plus unplaced text.</li>
 * </ul>
 */
package org.kanbao.ingest.common;
