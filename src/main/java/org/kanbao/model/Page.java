package org.kanbao.model;

/**
 * A stored page of an edition.
 *
 * @param sourceFile the file it was imported from (name only)
 * @param sourceKind "text" or "pdf"
 * @param pdfPath    path of the kept original PDF, relative to the library folder, or null
 * @param pdfPageIndex zero-based page index inside that PDF
 * @param imagePath  rendered page image relative to the library folder, or null until rendered
 */
public record Page(long id, long editionId, int number, String section, String sourceFile, String sourceKind,
                   String pdfPath, int pdfPageIndex, String imagePath, double width, double height, String note) {
    public boolean isPdf() {
        return "pdf".equals(sourceKind);
    }
}
