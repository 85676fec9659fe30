package dev.handbook.hardening;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The damage a real editing session does to a file, at random: cut off, lines deleted, swapped or
 * doubled, indentation changed (spaces added or removed, a tab put in), a control character or a byte
 * that is not UTF-8 typed in. Works on bytes, so a cut can split a character.
 */
final class Mutations {
    /** One applied mutation, named so a failure can say what was done. */
    record Applied(String name, byte[] result) {}

    private Mutations() {}

    static Applied any(byte[] file, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> truncate(file, random);
            case 1 -> deleteLines(file, random);
            case 2 -> swapLines(file, random);
            case 3 -> duplicateLine(file, random);
            case 4 -> indent(file, random);
            case 5 -> insert(file, random, "control character", new byte[] {controlCharacter(random)});
            case 6 -> insert(file, random, "invalid byte", invalidBytes(random));
            default -> insert(file, random, "stray character", new byte[] {"\"':-[]{}#&*!|>%@`".getBytes()[
                    random.nextInt(17)]});
        };
    }

    private static Applied truncate(byte[] file, Random random) {
        int at = random.nextInt(file.length + 1);
        return new Applied("truncated at byte " + at, java.util.Arrays.copyOf(file, at));
    }

    private static Applied deleteLines(byte[] file, Random random) {
        List<byte[]> lines = lines(file);
        int from = random.nextInt(lines.size());
        int count = 1 + random.nextInt(Math.min(3, lines.size() - from));
        lines.subList(from, from + count).clear();
        return new Applied("deleted lines " + (from + 1) + "-" + (from + count), join(lines));
    }

    private static Applied swapLines(byte[] file, Random random) {
        List<byte[]> lines = lines(file);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        byte[] line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        return new Applied("swapped lines " + (a + 1) + " and " + (b + 1), join(lines));
    }

    private static Applied duplicateLine(byte[] file, Random random) {
        List<byte[]> lines = lines(file);
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return new Applied("doubled line " + (at + 1), join(lines));
    }

    private static Applied indent(byte[] file, Random random) {
        List<byte[]> lines = lines(file);
        int at = random.nextInt(lines.size());
        String whole = new String(lines.get(at), java.nio.charset.StandardCharsets.ISO_8859_1);
        String end = whole.endsWith("\n") ? "\n" : "";
        String line = whole.substring(0, whole.length() - end.length());
        String stripped = line.stripLeading();
        String indent = line.substring(0, line.length() - stripped.length());
        String changed = switch (random.nextInt(3)) {
            case 0 -> " ".repeat(1 + random.nextInt(4)) + line;
            case 1 -> indent.isEmpty() ? " " + line : indent.substring(1 + random.nextInt(indent.length())) + stripped;
            default -> "\t" + stripped;
        };
        lines.set(at, (changed + end).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return new Applied("re-indented line " + (at + 1), join(lines));
    }

    private static Applied insert(byte[] file, Random random, String what, byte[] bytes) {
        int at = random.nextInt(file.length + 1);
        byte[] out = new byte[file.length + bytes.length];
        System.arraycopy(file, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(file, at, out, at + bytes.length, file.length - at);
        return new Applied(what + " " + java.util.HexFormat.of().formatHex(bytes) + " at byte " + at, out);
    }

    private static byte controlCharacter(Random random) {
        byte[] controls = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F};
        return controls[random.nextInt(controls.length)];
    }

    private static byte[] invalidBytes(Random random) {
        byte[][] choices = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        return choices[random.nextInt(choices.length)];
    }

    /** The file's lines, each with its line end. */
    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(file, start, i + 1));
                start = i + 1;
            }
        }
        if (start < file.length || lines.isEmpty()) {
            lines.add(java.util.Arrays.copyOfRange(file, start, file.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
        }
        return out.toByteArray();
    }
}
