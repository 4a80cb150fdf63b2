package org.kanbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.kanbao.model.Page;

/** Pages of editions. A page's content hash is unique, which makes re-imports no-ops. */
public final class PageRepository {
    private static final String COLS = "id, edition_id, number, section, source_file, source_kind, pdf_path, "
            + "pdf_page_index, image_path, width, height, note";

    private PageRepository() {
    }

    /** What is needed to insert a page row. */
    public record NewPage(long editionId, int number, String section, String sourceFile, String sourceKind,
                          String contentHash, String pdfPath, int pdfPageIndex, double width, double height,
                          String note, String unplacedJson) {
    }

    public static boolean hashExists(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM page WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static long insert(Connection c, NewPage p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO page(edition_id, number, section, source_file, "
                + "source_kind, content_hash, pdf_path, pdf_page_index, width, height, note, unplaced_json) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, p.editionId());
            ps.setInt(2, p.number());
            ps.setString(3, p.section() == null ? "" : p.section());
            ps.setString(4, p.sourceFile());
            ps.setString(5, p.sourceKind());
            ps.setString(6, p.contentHash());
            ps.setString(7, p.pdfPath());
            ps.setInt(8, p.pdfPageIndex());
            ps.setDouble(9, p.width());
            ps.setDouble(10, p.height());
            ps.setString(11, p.note() == null ? "" : p.note());
            ps.setString(12, p.unplacedJson() == null ? "[]" : p.unplacedJson());
            return Rows.insert(ps);
        }
    }

    /** Deletes a page with its articles, telling the hooks first (search index, tags). */
    public static void delete(Connection c, long id, List<StoreHook> hooks) throws SQLException {
        Rows.deleteWithArticles(c, hooks, "SELECT id FROM article WHERE page_id = ?", "DELETE FROM page WHERE id = ?", id);
    }

    public static List<Page> byEdition(Connection c, long editionId) throws SQLException {
        List<Page> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLS + " FROM page WHERE edition_id = ? ORDER BY number, id")) {
            ps.setLong(1, editionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    public static Page get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLS + " FROM page WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** Text the parser could not place, kept for review. */
    public static String unplacedJson(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT unplaced_json FROM page WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "[]";
            }
        }
    }

    public static void setImagePath(Connection c, long id, String imagePath) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE page SET image_path = ? WHERE id = ?")) {
            ps.setString(1, imagePath);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** PDF pages that have no rendered image yet (for the background renderer). */
    public static List<Page> pdfPagesWithoutImage(Connection c) throws SQLException {
        List<Page> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLS + " FROM page WHERE pdf_path IS NOT NULL "
                + "AND (image_path IS NULL OR image_path = '') ORDER BY id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    private static Page read(ResultSet rs) throws SQLException {
        return new Page(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8), rs.getString(9), rs.getDouble(10), rs.getDouble(11), rs.getString(12));
    }
}
