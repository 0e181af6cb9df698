package io.node4j.runtime;

/**
 * V8's message for text JSON.parse refused. GraalJS's parser finds the same errors but words them
 * its own way; this scanner walks the text as V8's parser does and names the first error it meets:
 * what was expected where (with "at position P (line L column C)"), the unexpected token with a
 * window of the text around it, or the end of the input. Null when it finds no error (the engine's
 * message is kept then).
 */
final class JsonErrors {
    private static final int CONTEXT = 10; // characters of text shown on each side of a bad token
    private static final int WHOLE_TEXT_MAX = 2 * CONTEXT; // shorter texts are shown whole

    private final String text;
    private int pos;

    private JsonErrors(String text) {
        this.text = text;
    }

    /** The message V8 gives for {@code text}, or null if the text is valid JSON. */
    static String messageFor(String text) {
        switch (text) {
            case "undefined", "NaN", "Infinity", "[object Object]" -> {
                return "\"" + text + "\" is not valid JSON";
            }
            default -> { }
        }
        try {
            JsonErrors scanner = new JsonErrors(text);
            scanner.skipWhitespace();
            scanner.value();
            scanner.skipWhitespace();
            if (scanner.pos < text.length()) {
                return "Unexpected non-whitespace character after JSON at position " + scanner.pos + " ("
                        + scanner.lineAndColumn(scanner.pos) + ")";
            }
            return null;
        } catch (Refusal r) {
            return r.getMessage();
        }
    }

    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    private Refusal at(String what, int position) {
        return new Refusal(what + " in JSON at position " + position + " (" + lineAndColumn(position) + ")");
    }

    private String lineAndColumn(int position) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < position && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + " column " + (position - lineStart + 1);
    }

    private Refusal endOfInput() {
        return new Refusal("Unexpected end of JSON input");
    }

    /** The token at pos was not what a value (or the array's next element) may start with. */
    private Refusal unexpectedToken() {
        if (pos >= text.length()) {
            return endOfInput();
        }
        String shown;
        if (text.length() <= WHOLE_TEXT_MAX) {
            shown = "\"" + text + "\"";
        } else {
            int from = Math.max(0, pos - CONTEXT);
            int to = Math.min(text.length(), pos + CONTEXT);
            shown = (from > 0 ? "...\"" : "\"") + text.substring(from, to) + (to < text.length() ? "\"..." : "\"");
        }
        return new Refusal("Unexpected token '" + text.charAt(pos) + "', " + shown + " is not valid JSON");
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    private void value() {
        int c = peek();
        switch (c) {
            case '"' -> string();
            case '{' -> object();
            case '[' -> array();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw unexpectedToken();
                }
            }
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++, pos++) {
            if (pos >= text.length()) {
                throw endOfInput();
            }
            if (text.charAt(pos) != word.charAt(i)) {
                throw unexpectedToken();
            }
        }
    }

    private boolean digit() {
        int c = peek();
        return c >= '0' && c <= '9';
    }

    private void number() {
        if (peek() == '-') {
            pos++;
            if (!digit()) {
                throw at("No number after minus sign", pos);
            }
        }
        if (peek() == '0') {
            pos++;
            if (digit()) {
                throw at("Unexpected number", pos);
            }
        } else {
            while (digit()) {
                pos++;
            }
        }
        if (peek() == '.') {
            pos++;
            if (!digit()) {
                throw at("Unterminated fractional number", pos);
            }
            while (digit()) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digit()) {
                throw at("Exponent part is missing a number", pos);
            }
            while (digit()) {
                pos++;
            }
        }
    }

    private void string() {
        pos++; // the opening quote
        while (true) {
            if (pos >= text.length()) {
                throw at("Unterminated string", pos);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c < 0x20) {
                throw at("Bad control character in string literal", pos);
            }
            if (c == '\\') {
                pos++;
                if (pos >= text.length()) {
                    throw endOfInput();
                }
                char e = text.charAt(pos);
                if (e == 'u') {
                    for (int i = 0; i < 4; i++) {
                        pos++;
                        if (pos >= text.length() || Character.digit(text.charAt(pos), 16) < 0) {
                            throw at("Bad Unicode escape", pos);
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw at("Bad escaped character", pos);
                }
            }
            pos++;
        }
    }

    private void object() {
        pos++; // {
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        if (peek() != '"') {
            throw at("Expected property name or '}'", pos);
        }
        while (true) {
            string();
            skipWhitespace();
            if (peek() != ':') {
                throw at("Expected ':' after property name", pos);
            }
            pos++;
            skipWhitespace();
            value();
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return;
            }
            if (peek() != ',') {
                throw at("Expected ',' or '}' after property value", pos);
            }
            pos++;
            skipWhitespace();
            if (peek() != '"') {
                throw at("Expected double-quoted property name", pos);
            }
        }
    }

    private void array() {
        pos++; // [
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value();
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return;
            }
            if (peek() != ',') {
                throw at("Expected ',' or ']' after array element", pos);
            }
            pos++;
            skipWhitespace();
        }
    }
}
