package io.node4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The scanner behind JSON.parse's V8 messages (the engine's own parser decides what is valid). */
class JsonErrorsTest {
    @Test
    void validTextHasNoMessage() {
        assertNull(JsonErrors.messageFor(" {\"a\": [1, -2.5e+3, \"\\u00e9\\n\", true, false, null]} "));
        assertNull(JsonErrors.messageFor("0"));
    }

    @Test
    void expectationsCarryPositionLineAndColumn() {
        assertEquals("Expected ',' or '}' after property value in JSON at position 6 (line 1 column 7)",
                JsonErrors.messageFor("{\"a\":1"));
        assertEquals("Expected double-quoted property name in JSON at position 10 (line 2 column 2)",
                JsonErrors.messageFor("{\"a\":1,\r\n }"));
    }

    @Test
    void unexpectedTokensShowTheTextOrAWindowOfIt() {
        assertEquals("Unexpected token 'x', \"[x]\" is not valid JSON", JsonErrors.messageFor("[x]"));
        assertEquals("Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
                JsonErrors.messageFor("<!DOCTYPE html><html></html>"));
        // Node 24: Unexpected token '}', ..."ther": tru}" is not valid JSON
        assertEquals("Unexpected token '}', ...\"ther\": tru}\" is not valid JSON",
                JsonErrors.messageFor("{\"key\": \"value\", \"other\": tru}"));
    }

    @Test
    void endOfInputAndSpecialTexts() {
        assertEquals("Unexpected end of JSON input", JsonErrors.messageFor("[1,"));
        assertEquals("Unexpected end of JSON input", JsonErrors.messageFor("\"\\"));
        assertEquals("\"undefined\" is not valid JSON", JsonErrors.messageFor("undefined"));
        assertEquals("Unexpected non-whitespace character after JSON at position 2 (line 1 column 3)",
                JsonErrors.messageFor("1 2"));
    }

    @Test
    void numbersAndStrings() {
        assertEquals("No number after minus sign in JSON at position 1 (line 1 column 2)", JsonErrors.messageFor("-x"));
        assertEquals("Unexpected number in JSON at position 1 (line 1 column 2)", JsonErrors.messageFor("01"));
        assertEquals("Bad Unicode escape in JSON at position 4 (line 1 column 5)", JsonErrors.messageFor("\"\\u1g\""));
        assertEquals("Bad control character in string literal in JSON at position 2 (line 1 column 3)",
                JsonErrors.messageFor("\"a\tb\""));
    }
}
