package dev.candor.rules.policy;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF to text with PDFBox, sorted by position, paragraphs separated by blank lines. */
final class PdfExtractor {
    /** Pages beyond this are not read: a policy is rarely longer, and work stays bounded. */
    static final int MAX_PAGES = 200;

    /** The extracted text, the page count, and whether pages were skipped. */
    record Result(String text, int pages, boolean truncated) {
    }

    private PdfExtractor() {
    }

    static Result extract(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n\n");
            int pages = doc.getNumberOfPages();
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(pages, MAX_PAGES));
            return new Result(stripper.getText(doc), pages, pages > MAX_PAGES);
        }
    }
}
