package io.edukpi.submission.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edukpi.submission.domain.SubmissionMessage;

/**
 * Evidence file names: what a browser or script sends is made safe to show and to send back in a
 * Content-Disposition. The name is display data only; storage never uses it.
 */
public final class FileNames {

    /** Longest name kept, in code points (Thai is 3 bytes a character in UTF-8; 255-byte file systems stay safe). */
    public static final int MAX_LENGTH = 80;
    private static final int MAX_EXTENSION = 10;
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Pattern EXTENDED = Pattern.compile(
            "(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^';\\s]+)'[^']*'([^;\\s]*)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*([^\";\\s]+)");

    private FileNames() {
    }

    /**
     * The name a user sees: Unicode NFC; a directory part (C:\x\y.pdf, /home/u/y.pdf) dropped; control
     * and bidirectional-override characters removed; {@code <>:"/\|?*} replaced by '_'; leading dots and
     * trailing dots and spaces removed; at most {@link #MAX_LENGTH} code points, the extension kept.
     *
     * @throws InvalidFileNameException when the name climbs directories ("..", "../../etc/passwd") or nothing is left
     */
    public static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFileNameException(SubmissionMessage.FILE_NAME_MISSING.text());
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        for (String segment : name.split("[/\\\\]", -1)) {
            if (segment.strip().equals("..")) {
                throw new InvalidFileNameException(SubmissionMessage.FILE_NAME_CLIMBS.text(printable(raw)));
            }
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (RESERVED.indexOf(c) >= 0) {
                clean.append('_');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (!Character.isISOControl(c) && !isBidiControl(c) && Character.getType(c) != Character.UNASSIGNED) {
                clean.appendCodePoint(c);
            }
        });
        name = clean.toString().replaceAll(" {2,}", " ").replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            throw new InvalidFileNameException(SubmissionMessage.FILE_NAME_EMPTY.text(printable(raw)));
        }
        String base = baseName(name);
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /** The extension after the last dot (without it), or null. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : null;
        return ext == null || ext.isEmpty() || ext.length() > MAX_EXTENSION || ext.contains(" ") ? null : ext;
    }

    /**
     * The name with an extension that agrees with the sniffed type: kept when it does ("scan.JPG"), else
     * the type's extension replaces it or is added ("photo.pdf" holding a PNG becomes "photo.png").
     */
    public static String agreeing(String name, EvidenceType type) {
        String ext = extension(name);
        if (type.takesExtension(ext)) {
            return name;
        }
        return shorten(baseName(name) + "." + type.extension());
    }

    /**
     * The file name a Content-Disposition header carries: {@code filename*} (RFC 5987/8187, UTF-8 or
     * ISO-8859-1) before {@code filename}; null when there is none.
     */
    public static String fromContentDisposition(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            Charset charset;
            try {
                charset = Charset.forName(extended.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new InvalidFileNameException(SubmissionMessage.FILE_NAME_CHARSET.text(printable(extended.group(1))));
            }
            return percentDecode(extended.group(2), charset);
        }
        Matcher quoted = QUOTED.matcher(header);
        if (quoted.find()) {
            return rawUtf8(quoted.group(1).replaceAll("\\\\(.)", "$1"));
        }
        Matcher token = TOKEN.matcher(header);
        return token.find() ? rawUtf8(token.group(1)) : null;
    }

    /**
     * HTTP header bytes arrive as ISO-8859-1 characters; many clients put raw UTF-8 into a plain
     * {@code filename="..."}. Such a name is read as the UTF-8 it is; anything else stays as it came.
     */
    private static String rawUtf8(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    /**
     * {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded}, so that every
     * browser shows a Thai name as it was uploaded.
     */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c
                : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    private static String percentEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            // RFC 5987 attr-char
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String percentDecode(String s, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(charset);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String baseName(String name) {
        String ext = extension(name);
        return ext == null ? name : name.substring(0, name.length() - ext.length() - 1);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        String suffix = ext == null ? "" : "." + ext;
        String base = ext == null ? name : name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)).stripTrailing() + suffix;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0xFEFF;
    }

    /** The raw name as it may be quoted in a message: controls shown as '?', cut at 100 characters. */
    private static String printable(String raw) {
        String s = raw.codePoints().map(c -> Character.isISOControl(c) || isBidiControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
