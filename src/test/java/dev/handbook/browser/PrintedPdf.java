package dev.handbook.browser;

import dev.handbook.TestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The current page printed to PDF by Chromium, as a reader's "Print" would (no background graphics, the
 * page's own {@code @page} margins), then read back with poppler-utils: pdfinfo counts the pages and
 * pdftotext extracts the text of each.
 */
public final class PrintedPdf {
    static final Path PDFINFO = Path.of("/usr/bin/pdfinfo");
    static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    private static final Pattern PAGES = Pattern.compile("(?m)^Pages:\\s+(\\d+)$");

    /** Paper sizes in centimetres, as WebDriver's print takes them. */
    public enum Paper {
        A4(21.0, 29.7), LETTER(21.59, 27.94);

        final double width;
        final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }
    }

    private final Path file;
    /** What pdftotext made of the file, read once: tests ask for the text and for the pages. */
    private List<String> pages;

    private PrintedPdf(Path file) {
        this.file = file;
    }

    /** Skips (locally) or fails (in CI) when poppler-utils is missing, like {@link Chromium#requireInstalled}. */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(PDFINFO) && Files.isExecutable(PDFTOTEXT)
                && Files.isExecutable(PDFTOPPM);
        if (!installed && TestSupport.toolsMandatory()) {
            Assertions.fail("poppler-utils is required here but pdfinfo, pdftotext or pdftoppm is missing: "
                    + "apt-get install -y poppler-utils");
        }
        Assumptions.assumeTrue(installed, "skipping print test: poppler-utils not installed");
    }

    /** Prints what {@code driver} shows on {@code paper} into {@code file}. */
    public static PrintedPdf print(ChromeDriver driver, Paper paper, Path file) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(paper.height, paper.width));
        // Zero here means "the page decides": Chromium then uses the stylesheet's @page margins.
        options.setPageMargin(new PageMargin(0, 0, 0, 0));
        options.setBackground(false);
        options.setShrinkToFit(false);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PrintedPdf(file);
    }

    public Path file() {
        return file;
    }

    public int pageCount() {
        Matcher m = PAGES.matcher(run(PDFINFO.toString(), file.toString()));
        Assertions.assertTrue(m.find(), "pdfinfo gave no page count for " + file);
        return Integer.parseInt(m.group(1));
    }

    /**
     * The text of every page, line by line as laid out (pdftotext ends each page with a form feed). Layout
     * order keeps the running head's left and right parts together on the first line, where reading order
     * would mix a repeated table head into it.
     */
    public List<String> pages() {
        if (pages == null) {
            String text = run(PDFTOTEXT.toString(), "-layout", "-enc", "UTF-8", file.toString(), "-");
            List<String> read = new ArrayList<>(Arrays.asList(text.split("\f", -1)));
            if (!read.isEmpty() && read.get(read.size() - 1).isBlank()) {
                read.remove(read.size() - 1);
            }
            pages = List.copyOf(read);
        }
        return pages;
    }

    /** All the text, with line breaks and runs of spaces as single spaces (so wrapped lines still match). */
    public String text() {
        return normalise(String.join(" ", pages()));
    }

    /** A page rendered in grey levels (0 black to 255 white), one byte per pixel, by pdftoppm. */
    public byte[] greyPixels(int page, int dpi) {
        byte[] pgm = runBytes(PDFTOPPM.toString(), "-gray", "-r", String.valueOf(dpi), "-f", String.valueOf(page),
                "-l", String.valueOf(page), file.toString());
        // Binary PGM: "P5", width, height, maxval, each followed by one whitespace byte, then the pixels.
        int at = 0;
        int fields = 0;
        while (fields < 4) {
            while (Character.isWhitespace(pgm[at])) {
                at++;
            }
            while (!Character.isWhitespace(pgm[at])) {
                at++;
            }
            fields++;
        }
        return Arrays.copyOfRange(pgm, at + 1, pgm.length);
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String run(String... command) {
        return new String(runBytes(command), StandardCharsets.UTF_8);
    }

    private static byte[] runBytes(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                Assertions.fail(String.join(" ", command) + " did not finish in 30 s");
            }
            if (process.exitValue() != 0) {
                Assertions.fail(String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
