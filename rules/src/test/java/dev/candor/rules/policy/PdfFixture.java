package dev.candor.rules.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes test PDFs with PDFBox: our own text with a text layer, or pages with no text at all. */
final class PdfFixture {
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;

    private PdfFixture() {
    }

    /** A PDF of {@code text}: blank lines separate paragraphs, which get extra space. */
    static byte[] fromText(String text) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = new ArrayList<>();
            for (String para : text.split("\\n\\s*\\n")) {
                lines.addAll(wrap(para.replace('\n', ' ').strip(), 95));
                lines.add("");
            }
            PDPageContentStream cs = null;
            float y = 0;
            for (String line : lines) {
                if (cs == null || y < 60) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    y = 780;
                    cs.newLineAtOffset(50, y);
                }
                if (!line.isEmpty()) {
                    cs.showText(line);
                }
                cs.newLineAtOffset(0, line.isEmpty() ? -LEADING * 0.8f : -LEADING);
                y -= line.isEmpty() ? LEADING * 0.8f : LEADING;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF with pages but no text layer, like a scan. */
    static byte[] withoutText(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(50, 50, 200, 300);
                    cs.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String para, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : para.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
