package org.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes bytes as UTF-8, falling back to Windows-1252 so that no text is lost. */
final class Decoding {
  private Decoding() {}

  /** Returns whether the bytes look binary (NUL bytes in the first 8 KB). */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Decodes strictly as UTF-8, or returns empty when the bytes are not UTF-8. */
  static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Decodes as Windows-1252, which maps every byte. */
  static String legacy(byte[] bytes) {
    return new String(bytes, Charset.forName("windows-1252"));
  }
}
